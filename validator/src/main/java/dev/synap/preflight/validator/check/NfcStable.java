package dev.synap.preflight.validator.check;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Chars that can never make a string leave NFC: NFC_Quick_Check=Yes and canonical combining class
 * 0. A string of such chars only is in NFC (the quick check of UAX #15 answers YES for it: no char
 * says No or Maybe, and with every class 0 no reordering applies), so the NFC check and the
 * normalization for duplicate content can skip it. That covers Latin-1, CJK ideographs, Hangul
 * syllables, kana other than the combining sound marks, and emoji: nearly all real text. Built from
 * ICU's Unicode data once, a bit per code point up to U+3FFFF (the BMP, and the supplementary
 * planes with emoji and the rarer ideographs); the few code points above are asked of ICU.
 */
public final class NfcStable {
  private static final int TABLE_END = 0x40000;
  private static final long[] TABLE = table();

  private NfcStable() {}

  /** Whether BMP char {@code c} (not a surrogate) is stable; surrogates are not. */
  public static boolean bmp(char c) {
    return (TABLE[c >>> 6] >>> c & 1) != 0;
  }

  /** Whether code point {@code cp} is stable (supplementary code points asked of ICU). */
  public static boolean codePoint(int cp) {
    return cp < TABLE_END ? (TABLE[cp >>> 6] >>> cp & 1) != 0 : stable(cp);
  }

  private static boolean stable(int cp) {
    return UCharacter.getCombiningClass(cp) == 0
        && UCharacter.getIntPropertyValue(cp, UProperty.NFC_QUICK_CHECK) == 1;
  }

  private static long[] table() {
    long[] bits = new long[TABLE_END >>> 6];
    for (int c = 0; c < TABLE_END; c++) {
      if (!(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) && stable(c)) {
        bits[c >>> 6] |= 1L << c;
      }
    }
    return bits;
  }
}
