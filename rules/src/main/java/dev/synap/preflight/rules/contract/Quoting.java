package dev.synap.preflight.rules.contract;

import java.util.Locale;

/**
 * Values quoted for messages, so that a refusal of the loader and a finding of the validator word a
 * value alike and never carry a character that breaks a terminal, XML or a report.
 */
public final class Quoting {
  /** Quoted values longer than this many code points are cut with an ellipsis. */
  public static final int MAX_QUOTED = 60;

  private Quoting() {}

  /**
   * The value in double quotes, cut to {@link #MAX_QUOTED} code points, with quotes, backslashes,
   * control characters, unpaired surrogates and bidi controls escaped as {@code \\uXXXX}, so a
   * message never carries a character that breaks a terminal, XML or a report.
   */
  public static String quote(String value) {
    StringBuilder b = new StringBuilder(Math.min(value.length(), MAX_QUOTED * 2) + 2).append('"');
    int shown = 0;
    for (int i = 0; i < value.length(); ) {
      if (shown == MAX_QUOTED) {
        b.append('\u2026');
        break;
      }
      int cp = value.codePointAt(i);
      appendSafe(b, value, i, cp);
      i += Character.charCount(cp);
      shown++;
    }
    return b.append('"').toString();
  }

  /** A string made safe for a message or a field path, without quotes or truncation. */
  public static String escape(String value) {
    StringBuilder b = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (cp == '"' || cp == '\\') {
        b.appendCodePoint(cp);
      } else {
        appendSafe(b, value, i, cp);
      }
      i += Character.charCount(cp);
    }
    return b.toString();
  }

  private static void appendSafe(StringBuilder b, String s, int i, int cp) {
    if (cp == '"' || cp == '\\') {
      b.append('\\').append((char) cp);
    } else if (needsEscape(cp)) {
      b.append(String.format(Locale.ROOT, "\\u%04X", cp));
    } else {
      b.appendCodePoint(cp);
    }
  }

  private static boolean needsEscape(int cp) {
    return Character.getType(cp) == Character.CONTROL
        || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
  }
}
