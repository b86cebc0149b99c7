package dev.synap.preflight.validator.check;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Chars that can never make a string leave NFC: NFC_Quick_Check=Yes and canonical combining class
 * 0. A string of such chars only is in NFC (the quick check of UAX #15 answers YES for it: no char
 * says No or Maybe, and with every class 0 no reordering applies), so the NFC check and the
 * normalization for duplicate content can skip it. That covers Latin-1, CJK ideographs, Hangul
 * syllables, kana other than the combining sound marks, and emoji: nearly all real text. Built from
 * ICU's Unicode data once, a bit per BMP char.
 */
public final class NfcStable {
  private static final long[] BMP = table();

  private NfcStable() {}

  /** Whether BMP char {@code c} (not a surrogate) is stable; surrogates are not. */
  public static boolean bmp(char c) {
    return (BMP[c >>> 6] >>> c & 1) != 0;
  }

  /** Whether code point {@code cp} is stable (supplementary code points asked of ICU). */
  public static boolean codePoint(int cp) {
    return cp <= 0xFFFF ? bmp((char) cp) : stable(cp);
  }

  private static boolean stable(int cp) {
    return UCharacter.getCombiningClass(cp) == 0
        && UCharacter.getIntPropertyValue(cp, UProperty.NFC_QUICK_CHECK) == 1;
  }

  private static long[] table() {
    long[] bits = new long[1 << 10];
    for (int c = 0; c <= 0xFFFF; c++) {
      if (!Character.isSurrogate((char) c) && stable(c)) {
        bits[c >>> 6] |= 1L << c;
      }
    }
    return bits;
  }
}
