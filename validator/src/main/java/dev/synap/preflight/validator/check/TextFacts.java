package dev.synap.preflight.validator.check;

/**
 * Properties of a string computed in one pass, so that each text check scans a string only when it
 * can find something. Pure ASCII text without control characters needs no further scanning; the
 * loop over it tests one range per char.
 *
 * @param asciiOnly every char is below U+0080
 * @param hasControl a C0 control other than tab, LF, CR, or a C1 control (U+0080 to U+009F)
 * @param hasSurrogate a UTF-16 surrogate char (paired or not)
 * @param hasReplacement U+FFFD
 * @param hasMojibakeCandidate a char of U+00C2..U+00F4, the Latin-1 rendering of a UTF-8 lead byte
 * @param hasLoneSurrogate a surrogate without its partner ({@code lone-surrogate} has a finding)
 * @param hasMojibakePair a char of U+00C2..U+00F4 followed by one that Latin-1 or CP1252 decodes
 *     from a UTF-8 continuation byte (80..BF): the only place {@link Mojibake} can match
 * @param alwaysNfc every char is {@link NfcStable} (NFC_QC=Yes, combining class 0) and no surrogate
 *     is lone: such text is in NFC and stays so when whitespace is collapsed
 */
public record TextFacts(
    boolean asciiOnly,
    boolean hasControl,
    boolean hasSurrogate,
    boolean hasReplacement,
    boolean hasMojibakeCandidate,
    boolean hasLoneSurrogate,
    boolean hasMojibakePair,
    boolean alwaysNfc) {

  private static final TextFacts PLAIN_ASCII =
      new TextFacts(true, false, false, false, false, false, false, true);

  /** The facts of a string of printable ASCII, tab, LF and CR only: nothing to scan for. */
  public static TextFacts plainAscii() {
    return PLAIN_ASCII;
  }

  public static TextFacts of(String s) {
    int n = s.length();
    char[] chars = CharScratch.copy(s);
    int i = 0;
    while (i < n) {
      char c = chars[i];
      // one unsigned compare clears printable ASCII (0x20..0x7E)
      if ((char) (c - 0x20) >= 0x5F && (c >= 0x7F || (c != '\n' && c != '\t' && c != '\r'))) {
        break;
      }
      i++;
    }
    return i == n ? PLAIN_ASCII : scan(chars, i, n);
  }

  /** The general case, from the first char that is neither printable ASCII nor tab, LF, CR. */
  private static TextFacts scan(char[] s, int from, int n) {
    boolean ascii = true;
    boolean control = false;
    boolean surrogate = false;
    boolean lone = false;
    boolean replacement = false;
    boolean mojibake = false;
    boolean pair = false;
    boolean unstable = false;
    for (int i = from; i < n; i++) {
      char c = s[i];
      if (c < 0x20) {
        control |= c != '\t' && c != '\n' && c != '\r';
      } else if (c >= 0x80) {
        ascii = false;
        if (c <= 0x9F) {
          control = true;
        } else if (c >= 0xC2 && c <= 0xF4) {
          mojibake = true;
          pair |= i + 1 < n && Mojibake.isContinuation(s[i + 1]);
        } else if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s[i + 1])) {
          surrogate = true;
          unstable |= !NfcStable.codePoint(Character.toCodePoint(c, s[i + 1]));
          i++;
        } else if (Character.isSurrogate(c)) {
          surrogate = true;
          lone = true;
          unstable = true;
        } else {
          replacement |= c == '\uFFFD';
          unstable |= !NfcStable.bmp(c);
        }
      }
    }
    if (ascii && !control) {
      return PLAIN_ASCII;
    }
    return new TextFacts(ascii, control, surrogate, replacement, mojibake, lone, pair, !unstable);
  }
}
