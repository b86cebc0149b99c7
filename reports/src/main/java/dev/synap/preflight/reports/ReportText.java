package dev.synap.preflight.reports;

import java.util.Locale;

/**
 * Text helpers shared by the writers. Report text comes from untrusted exports: it may hold control
 * characters, lone surrogates, bidi overrides and markup. Each writer escapes for its own syntax;
 * {@link #printable} first makes the text safe to put into any UTF-8 document at all.
 */
public final class ReportText {
  private ReportText() {}

  /**
   * Replaces every character that is illegal in XML 1.0, invisible-and-dangerous in a viewer, or
   * unencodable in UTF-8 with a visible <code>&#92;uXXXX</code> notation: C0 controls other than
   * tab, LF and CR; DEL and the C1 controls; lone surrogates; U+FFFE and U+FFFF; and the bidi
   * embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) that can make text
   * display in an order other than the one it is stored in. Returns {@code ""} for {@code null}.
   * Everything else, including valid surrogate pairs, is kept.
   */
  public static String printable(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean keep;
      if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      keep = !needsNotation(c);
      if (keep) {
        if (out != null) {
          out.append(c);
        }
      } else {
        if (out == null) {
          out = new StringBuilder(n + 16).append(text, 0, i);
        }
        out.append(notation(c));
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean needsNotation(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r';
    }
    return (c >= 0x7F && c <= 0x9F)
        || Character.isSurrogate(c)
        || c == 0xFFFE
        || c == 0xFFFF
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * {@link #printable} text that also fits on one line: LF, CR, NEL, U+2028 and U+2029 become
   * <code>&#92;uXXXX</code> notation too.
   */
  public static String oneLine(String text) {
    String printable = printable(text);
    if (printable.indexOf('\n') < 0
        && printable.indexOf('\r') < 0
        && printable.indexOf('\u2028') < 0
        && printable.indexOf('\u2029') < 0) {
      return printable;
    }
    StringBuilder out = new StringBuilder(printable.length() + 16);
    for (int i = 0; i < printable.length(); i++) {
      char c = printable.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        out.append(notation(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** <code>&#92;u0000</code> style notation of one UTF-16 code unit, upper-case hex. */
  public static String notation(char c) {
    return String.format(Locale.ROOT, "\\u%04X", (int) c);
  }

  /** Rank of a severity: {@code error} 0, {@code warning} 1, {@code info} 2, anything else 3. */
  public static int severityRank(String severity) {
    if (severity == null) {
      return 3;
    }
    switch (severity) {
      case "error":
        return 0;
      case "warning":
        return 1;
      case "info":
        return 2;
      default:
        return 3;
    }
  }

  /**
   * Whether {@code severity} is as severe as {@code threshold} or more; {@code off} and unknown
   * severities never are.
   */
  public static boolean atOrAbove(String severity, String threshold) {
    int rank = severityRank(severity);
    return rank < 3 && rank <= severityRank(threshold);
  }

  /** A byte count for people: {@code 512 B}, {@code 1.5 KiB}, {@code 12.0 MiB}, {@code 1.1 GiB}. */
  public static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  /** Milliseconds as seconds with three decimals, e.g. {@code 1.234 s}. */
  public static String seconds(long millis) {
    return String.format(Locale.ROOT, "%d.%03d s", millis / 1000, Math.abs(millis % 1000));
  }

  /**
   * A throughput for people, e.g. {@code 7,913 documents/s} or {@code 4.8 queries/s} (one decimal
   * under 100, two under 1); {@code —} when no time was measured.
   */
  public static String perSecond(long count, long millis, String unit) {
    if (millis <= 0) {
      return "— " + unit + "/s";
    }
    double rate = count * 1000.0 / millis;
    String value =
        String.format(Locale.ROOT, rate >= 100 ? "%,.0f" : rate >= 1 ? "%.1f" : "%.2f", rate);
    return value + " " + unit + "/s";
  }

  /** Truncates to at most {@code maxCodePoints} code points, marking a cut with {@code …}. */
  public static String abbreviate(String text, int maxCodePoints) {
    if (text == null) {
      return "";
    }
    if (text.codePointCount(0, text.length()) <= maxCodePoints) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, maxCodePoints)) + "…";
  }
}
