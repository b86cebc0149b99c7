package dev.synap.preflight.validator.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** Explains an epoch number where Synap expects an ISO-8601 string. */
final class Epochs {
  private Epochs() {}

  /** The message for a JSON number in {@code document_created_at}. */
  static String describe(JsonNode number) {
    return "is a number ("
        + number.asText()
        + "); Synap expects an ISO-8601 string (e.g. 2024-05-01T12:30:00Z)."
        + readings(number.decimalValue());
  }

  /** For unparseable text that is a plain number, the same readings; else empty. */
  static String hint(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > 20 || !t.matches("-?\\d+(\\.\\d+)?")) {
      return "";
    }
    return "." + readings(new BigDecimal(t));
  }

  private static String readings(BigDecimal value) {
    return " As epoch seconds it would be "
        + instant(value)
        + "; as epoch milliseconds "
        + instant(value.movePointLeft(3));
  }

  private static String instant(BigDecimal seconds) {
    try {
      BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
      int nanos = seconds.subtract(whole).movePointRight(9).intValue();
      return Instant.ofEpochSecond(whole.longValueExact(), nanos).toString();
    } catch (RuntimeException outOfRange) {
      return "out of range";
    }
  }
}
