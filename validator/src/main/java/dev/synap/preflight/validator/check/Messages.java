package dev.synap.preflight.validator.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.model.FieldValue;
import dev.synap.preflight.rules.model.SynapField;
import java.util.Locale;

/** Shared pieces of finding messages, so every check words positions, sizes and values alike. */
final class Messages {
  /** Quoted values longer than this many code points are cut with an ellipsis. */
  static final int MAX_QUOTED = 60;

  private Messages() {}

  /**
   * The value in double quotes, cut to {@link #MAX_QUOTED} code points, with quotes, backslashes,
   * control characters, unpaired surrogates and bidi controls escaped as {@code \\uXXXX}, so a
   * message never carries a character that breaks a terminal, XML or a report.
   */
  static String quote(String value) {
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
  static String escape(String value) {
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

  /** {@code U+0041}: a code point in Unicode notation. */
  static String codePoint(int cp) {
    return String.format(Locale.ROOT, "U+%04X", cp);
  }

  /** The 0-based code point index of a char index: what "at code point N" means in messages. */
  static int codePointIndex(String s, int charIndex) {
    return s.codePointCount(0, charIndex);
  }

  /** {@code 3 control characters}: a count with a noun, plural when it is not 1. */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** {@code 524,289 bytes (512.0 KiB)}: exact bytes, with binary units above 1 KiB. */
  static String bytes(long n) {
    String exact = String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "byte" : "bytes");
    if (n < 1024) {
      return exact;
    }
    boolean mib = n >= 1024L * 1024;
    long unit = mib ? 1024L * 1024 : 1024L;
    String suffix = mib ? "MiB" : "KiB";
    String scaled =
        n % unit == 0
            ? String.format(Locale.ROOT, "%d %s", n / unit, suffix)
            : String.format(Locale.ROOT, "%.1f %s", (double) n / unit, suffix);
    return exact + " (" + scaled + ")";
  }

  /**
   * How a finding names a field in its message: {@code "content" (Synap document)} when the source
   * calls it something else, else just {@code "document"}.
   */
  static String label(FieldValue source, SynapField field) {
    String name = source.sourceName();
    if (name == null || name.equals(field.wireName())) {
      return field.wireName();
    }
    return escape(name) + " (Synap " + field.wireName() + ")";
  }

  /**
   * What a JSON value is, for "found ..." in a message: {@code a number (1.5)}, {@code an array}.
   */
  static String found(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> "a number (" + node.asText() + ")";
      case BOOLEAN -> "a boolean (" + node.asText() + ")";
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case BINARY -> "binary data";
      case NULL, MISSING -> "null";
    };
  }
}
