package dev.synap.preflight.validator.run;

import dev.synap.preflight.validator.check.Utf8Facts;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whitespace collapse of UTF-8 text in place, eight bytes at a time: runs of Unicode White_Space
 * (tab, LF, VT, FF, CR, space, U+0085, U+00A0, U+1680, U+2000..U+200A, U+2028, U+2029, U+202F,
 * U+205F, U+3000) become one space, leading and trailing whitespace goes: {@link
 * ContentKeys#normalize} without the NFC step, on the UTF-8 bytes of a string (well-formed). A word
 * of ASCII text with single spaces is kept as it is; the others are read one char at a time, and
 * each char read is also added to the text's {@link Utf8Facts}, so that one pass gives both (a word
 * kept as it is changes no fact).
 *
 * <p>Besides the new length it returns a 32-bit fingerprint of what the collapse changed (each
 * dropped or replaced whitespace char with its position, and the trim), so that the exact text is
 * told apart from others with the same collapsed form without hashing it a second time.
 */
final class Utf8Whitespace {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH = 0x8080808080808080L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long SPACES = 0x2020202020202020L;
  private static final long UP_FROM_0X21 = 0x5F5F5F5F5F5F5F5FL; // 0x80 - 0x21 in every byte
  private static final long LAST_BYTE = 0x8000000000000000L;
  private static final long NOT_PLAIN = -1; // never a mask: masks have only bits 7, 15, .., 63

  private Utf8Whitespace() {}

  /**
   * Collapses {@code b[0..n)} in place, adding every char it reads one at a time to {@code facts};
   * returns the fingerprint of the changes in the high 32 bits and the new length in the low 32.
   */
  static long collapse(byte[] b, int n, Utf8Facts facts) {
    int out = 0; // bytes before out are final
    int kept = 0; // bytes kept..i are unchanged input, still to be moved to out
    boolean afterSpace = true; // at the start, whitespace is dropped
    int changes = 0;
    int i = 0;
    while (i < n) {
      if (i + 8 <= n) {
        long spaces = plainWord((long) LONGS.get(b, i), afterSpace);
        if (spaces != NOT_PLAIN) {
          i += 8;
          afterSpace = (spaces & LAST_BYTE) != 0;
          continue;
        }
      }
      int end = Math.min(i + 8, n);
      while (i < end) {
        int c = b[i] & 0xFF;
        int len;
        boolean space;
        if (c < 0x80) {
          facts.ascii(c);
          len = 1;
          space = c == ' ' || (c >= '\t' && c <= '\r');
        } else {
          len = Utf8Facts.sequenceLength(c);
          int cp = Utf8Facts.decode(b, i, len);
          facts.codePoint(cp, b, i + len, n);
          space = isWideWhitespace(cp);
        }
        if (!space) {
          afterSpace = false;
        } else if (afterSpace || c != ' ') {
          // an edit: this char is dropped, or replaced by one space
          changes = change(changes, i, code(b, i, len));
          System.arraycopy(b, kept, b, out, i - kept);
          out += i - kept;
          if (!afterSpace) {
            b[out++] = ' ';
          }
          kept = i + len;
          afterSpace = true;
        } else {
          afterSpace = true;
        }
        i += len;
      }
    }
    System.arraycopy(b, kept, b, out, n - kept);
    out += n - kept;
    if (afterSpace && out > 0) {
      out--; // the trailing run's space
      changes = change(changes, n, 1);
    }
    return (long) changes << 32 | out;
  }

  /**
   * The mask of the word's spaces (the high bit of each byte that is one) when the word stays as it
   * is: ASCII, no whitespace but single spaces, no space at its start after a space; otherwise
   * {@link #NOT_PLAIN}. Per-byte compares without carries between bytes, so the masks are exact.
   */
  private static long plainWord(long w, boolean afterSpace) {
    if ((w & HIGH) != 0) {
      return NOT_PLAIN;
    }
    long below0x21 = ~(((w & LOW7) + UP_FROM_0X21) | w) & HIGH;
    long x = w ^ SPACES;
    long spaces = ~(((x & LOW7) + LOW7) | x) & HIGH;
    if (below0x21 != spaces
        || (spaces & (spaces << 8)) != 0
        || (afterSpace && (spaces & 0x80) != 0)) {
      return NOT_PLAIN;
    }
    return spaces;
  }

  /** White_Space from U+0080. */
  private static boolean isWideWhitespace(int cp) {
    return cp == 0x85
        || cp == 0xA0
        || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A)
        || cp == 0x2028
        || cp == 0x2029
        || cp == 0x202F
        || cp == 0x205F
        || cp == 0x3000;
  }

  /** The bytes of the whitespace char at {@code i} (1 to 3 of them) as one int. */
  private static int code(byte[] b, int i, int len) {
    int code = 0;
    for (int k = 0; k < len; k++) {
      code |= (b[i + k] & 0xFF) << (8 * k);
    }
    return code;
  }

  private static int change(int changes, int position, int c) {
    long h = ((long) changes << 32 | position) * 0x9E3779B97F4A7C15L + c;
    return (int) (h ^ h >>> 29);
  }
}
