package dev.synap.preflight.synap.resilience;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads an HTTP {@code Retry-After} value: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * Parses the header value.
   *
   * @param value the header value, may be null
   * @param clock the clock an HTTP-date is measured against
   * @return the wait (zero for a date in the past), or empty when the value is absent or unreadable
   */
  public static Optional<Duration> parse(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.trim();
    if (Character.isDigit(text.charAt(0))) {
      return seconds(text);
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> seconds(String text) {
    try {
      BigDecimal seconds = new BigDecimal(text);
      if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
        return Optional.empty();
      }
      return Optional.of(Duration.ofMillis(seconds.movePointRight(3).longValue()));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }
}
