package dev.synap.preflight.validator.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.contract.Quoting;
import dev.synap.preflight.rules.model.FieldValue;
import dev.synap.preflight.rules.model.SynapField;
import java.util.Locale;

/** Shared pieces of finding messages, so every check words positions, sizes and values alike. */
final class Messages {
  /** Quoted values longer than this many code points are cut with an ellipsis. */
  static final int MAX_QUOTED = Quoting.MAX_QUOTED;

  private Messages() {}

  /** The value quoted and escaped for a message ({@link Quoting#quote}). */
  static String quote(String value) {
    return Quoting.quote(value);
  }

  /** A string made safe for a message or a field path ({@link Quoting#escape}). */
  static String escape(String value) {
    return Quoting.escape(value);
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
