package dev.synap.preflight.validator.check;

/**
 * Finds UTF-8 that was decoded as Latin-1 or CP1252 ({@code CafÃ©} for {@code Café}, {@code
 * donâ€™t} for {@code don’t}) and says what the text probably was.
 *
 * <p>Each char is mapped back to the byte Latin-1/CP1252 would have decoded it from (U+0000 to
 * U+00FF as themselves; the CP1252 specials € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ
 * to 0x80 to 0x9F). A match is a UTF-8 lead byte C2 to F4 followed by exactly the continuation
 * bytes 80 to BF it needs, forming a well-formed sequence (no overlong forms, no surrogates,
 * nothing over U+10FFFF). Legitimate text rarely does this: an accented capital is followed by a
 * letter ({@code SÃO}, {@code Ñandú}, {@code Ærø}), not by a symbol from the Latin-1 upper half.
 *
 * <p>Two refinements keep false alarms down: sequences decoding to C1 controls (U+0080 to U+009F)
 * or to Thaana/NKo (U+0780 to U+07FF, what {@code ß} or {@code Þ} before {@code «} would decode to,
 * as in German {@code »Fuß«}) do not count.
 */
final class Mojibake {
  /** A match: chars {@code [start, end)} of the text probably were {@code intended}. */
  record Match(int start, int end, String intended) {}

  private static final String CP1252_SPECIALS =
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D"
          + "\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153"
          + "\u009D\u017E\u0178";

  private Mojibake() {}

  /** The byte Latin-1 or CP1252 decodes to {@code c}, or -1 when neither does. */
  static int byteOf(char c) {
    if (c <= 0xFF) {
      return c;
    }
    int i = CP1252_SPECIALS.indexOf(c);
    return i < 0 ? -1 : 0x80 + i;
  }

  /**
   * Whether Latin-1 or CP1252 decodes {@code c} from a UTF-8 continuation byte (80..BF): the only
   * chars a match can have after its lead.
   */
  static boolean isContinuation(char c) {
    int b = byteOf(c);
    return b >= 0x80 && b <= 0xBF;
  }

  /** The first match at or after {@code from}, or null. */
  static Match find(String s, int from) {
    for (int i = Math.max(0, from), n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0xC2 && c <= 0xF4) {
        Match m = matchAt(s, i);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  private static Match matchAt(String s, int i) {
    int lead = s.charAt(i);
    int need = lead <= 0xDF ? 1 : lead <= 0xEF ? 2 : 3;
    if (i + need >= s.length()) {
      return null;
    }
    int cp = lead & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
    for (int k = 1; k <= need; k++) {
      int b = byteOf(s.charAt(i + k));
      if (b < 0x80 || b > 0xBF || (k == 1 && !secondByteOk(lead, b))) {
        return null;
      }
      cp = (cp << 6) | (b & 0x3F);
    }
    if ((cp >= 0x80 && cp <= 0x9F) || (cp >= 0x780 && cp <= 0x7FF)) {
      return null;
    }
    return new Match(i, i + need + 1, new String(Character.toChars(cp)));
  }

  /** Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. */
  private static boolean secondByteOk(int lead, int b) {
    return switch (lead) {
      case 0xE0 -> b >= 0xA0;
      case 0xED -> b <= 0x9F;
      case 0xF0 -> b >= 0x90;
      case 0xF4 -> b <= 0x8F;
      default -> true;
    };
  }

  /** The number of matches in {@code s}. */
  static int count(String s) {
    int n = 0;
    for (Match m = find(s, 0); m != null; m = find(s, m.end())) {
      n++;
    }
    return n;
  }

  /** {@code s} with every match replaced by what it probably was. */
  static String repair(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int at = 0;
    for (Match m = find(s, 0); m != null; m = find(s, m.end())) {
      b.append(s, at, m.start()).append(m.intended());
      at = m.end();
    }
    return b.append(s, at, s.length()).toString();
  }
}
