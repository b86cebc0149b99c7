package dev.synap.preflight.validator.check;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * {@link TextFacts} gathered from a string's UTF-8 bytes: the same facts as {@link TextFacts#of},
 * for a string without a lone surrogate (UTF-8 cannot encode one; the caller knows there is none,
 * e.g. because the record spells no {@code \\uD800} escape). Either all at once ({@link #of}, eight
 * bytes at a time over printable ASCII) or char by char from another pass over the bytes that skips
 * only words of printable ASCII ({@link #ascii}, {@link #codePoint}), so that one pass over a
 * document text gives its facts and its collapsed whitespace.
 */
public final class Utf8Facts {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH = 0x8080808080808080L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long UP_FROM_0X20 = 0x6060606060606060L; // 0x80 - 0x20 in every byte
  private static final long DELS = 0x7F7F7F7F7F7F7F7FL;

  private boolean ascii = true;
  private boolean control;
  private boolean surrogate;
  private boolean replacement;
  private boolean mojibake;
  private boolean pair;
  private boolean unstable;

  /** The facts of the string whose UTF-8 form (well-formed, no lone surrogate) is b[0..n). */
  public static TextFacts of(byte[] b, int n) {
    Utf8Facts facts = new Utf8Facts();
    int i = 0;
    while (i < n) {
      if (i + 8 <= n && printable((long) LONGS.get(b, i))) {
        i += 8;
        continue;
      }
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        facts.ascii(c);
        i++;
      } else {
        int len = sequenceLength(c);
        facts.codePoint(decode(b, i, len), b, i + len, n);
        i += len;
      }
    }
    return facts.facts();
  }

  /** Adds an ASCII char. */
  public void ascii(int c) {
    control |= c < 0x20 && c != '\t' && c != '\n' && c != '\r';
  }

  /** Adds a code point from U+0080 whose UTF-8 form ends before {@code next} in b[0..n). */
  public void codePoint(int cp, byte[] b, int next, int n) {
    ascii = false;
    if (cp <= 0x9F) {
      control = true;
    } else if (cp >= 0xC2 && cp <= 0xF4) {
      mojibake = true;
      pair |= next < n && continuation(b, next, n);
    } else {
      surrogate |= cp > 0xFFFF;
      replacement |= cp == 0xFFFD;
      unstable |= !NfcStable.codePoint(cp);
    }
  }

  /** The facts of what was added. */
  public TextFacts facts() {
    if (ascii && !control) {
      return TextFacts.plainAscii();
    }
    return new TextFacts(ascii, control, surrogate, replacement, mojibake, false, pair, !unstable);
  }

  /** The length of the UTF-8 sequence that lead byte {@code c} (from 0x80) starts. */
  public static int sequenceLength(int c) {
    return c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }

  /** The code point of the {@code len}-byte UTF-8 sequence at {@code i}. */
  public static int decode(byte[] b, int i, int len) {
    int cp = b[i] & (0xFF >>> (len + 1));
    for (int k = 1; k < len; k++) {
      cp = cp << 6 | (b[i + k] & 0x3F);
    }
    return cp;
  }

  /** Whether the char at {@code i} reads as a UTF-8 continuation byte in Latin-1 or CP1252. */
  private static boolean continuation(byte[] b, int i, int n) {
    int c = b[i] & 0xFF;
    int len = c < 0x80 ? 1 : sequenceLength(c);
    if (i + len > n) {
      return false;
    }
    int cp = len == 1 ? c : decode(b, i, len);
    return cp <= 0xFFFF && Mojibake.isContinuation((char) cp);
  }

  /** Every byte is 0x20..0x7E. */
  private static boolean printable(long w) {
    long below0x20 = ~(((w & LOW7) + UP_FROM_0X20) | w) & HIGH;
    long x = w ^ DELS;
    long del = ~(((x & LOW7) + LOW7) | x) & HIGH;
    return ((w & HIGH) | below0x20 | del) == 0;
  }
}
