package dev.synap.preflight.validator.check;

/**
 * Properties of a string computed in one pass, so that each text check scans a string only when it
 * can find something. Pure ASCII text without control characters needs no further scanning.
 *
 * @param asciiOnly every char is below U+0080
 * @param hasControl a C0 control other than tab, LF, CR, or a C1 control (U+0080 to U+009F)
 * @param hasSurrogate a UTF-16 surrogate char (paired or not)
 * @param hasReplacement U+FFFD
 * @param hasMojibakeCandidate a char of U+00C2..U+00F4, the Latin-1 rendering of a UTF-8 lead byte
 */
public record TextFacts(
    boolean asciiOnly,
    boolean hasControl,
    boolean hasSurrogate,
    boolean hasReplacement,
    boolean hasMojibakeCandidate) {

  private static final TextFacts PLAIN_ASCII = new TextFacts(true, false, false, false, false);

  public static TextFacts of(String s) {
    boolean ascii = true;
    boolean control = false;
    boolean surrogate = false;
    boolean replacement = false;
    boolean mojibake = false;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20) {
        control |= c != '\t' && c != '\n' && c != '\r';
      } else if (c >= 0x80) {
        ascii = false;
        if (c <= 0x9F) {
          control = true;
        } else if (c >= 0xC2 && c <= 0xF4) {
          mojibake = true;
        } else if (Character.isSurrogate(c)) {
          surrogate = true;
        } else if (c == '\uFFFD') {
          replacement = true;
        }
      }
    }
    if (ascii && !control) {
      return PLAIN_ASCII;
    }
    return new TextFacts(ascii, control, surrogate, replacement, mojibake);
  }
}
