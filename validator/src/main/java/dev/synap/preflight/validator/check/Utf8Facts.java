package dev.synap.preflight.validator.check;

/**
 * {@link TextFacts} gathered from a string's UTF-8 bytes: the same facts as {@link TextFacts#of},
 * for a string without a lone surrogate (UTF-8 cannot encode one; the caller knows there is none,
 * e.g. because the record spells no {@code \\uD800} escape), char by char ({@link #ascii}, {@link
 * #codePoint}) from a pass over the bytes that may skip words of printable ASCII (they change no
 * fact): the whitespace collapse of the duplicate keys, so that one pass over a document text gives
 * its facts and its collapsed form.
 */
public final class Utf8Facts {
  private boolean ascii = true;
  private boolean control;
  private boolean surrogate;
  private boolean replacement;
  private boolean mojibake;
  private boolean pair;
  private boolean unstable;

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
}
