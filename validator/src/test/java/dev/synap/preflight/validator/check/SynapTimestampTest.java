package dev.synap.preflight.validator.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.validator.check.LenientTimestamp.Impossible;
import dev.synap.preflight.validator.check.LenientTimestamp.Parsed;
import dev.synap.preflight.validator.check.LenientTimestamp.Precision;
import dev.synap.preflight.validator.check.LenientTimestamp.Unparseable;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientTimestampTest {
  @ParameterizedTest
  @CsvSource({
    "2024-05-01T12:30:00Z, 2024-05-01T12:30:00Z, ZONED",
    "2024-05-01T12:30:00+00:00, 2024-05-01T12:30:00Z, ZONED",
    "2024-05-01T12:30:00-07:00, 2024-05-01T19:30:00Z, ZONED",
    "2024-05-01T12:30:00+0530, 2024-05-01T07:00:00Z, ZONED",
    "2024-05-01T12:30:00+05, 2024-05-01T07:30:00Z, ZONED",
    "2024-05-01T12:30:00.5Z, 2024-05-01T12:30:00.500Z, ZONED",
    "2024-05-01T12:30:00.123456789Z, 2024-05-01T12:30:00.123456789Z, ZONED",
    "'2024-05-01T12:30:00,25Z', 2024-05-01T12:30:00.250Z, ZONED",
    "2024-05-01 12:30:00Z, 2024-05-01T12:30:00Z, ZONED",
    "2024-05-01 12:30:00 +02:00, 2024-05-01T10:30:00Z, ZONED",
    "2024-05-01 12:30:00 UTC, 2024-05-01T12:30:00Z, ZONED",
    "2024-05-01t12:30z, 2024-05-01T12:30:00Z, ZONED",
    "'  2024-05-01T12:30:00Z  ', 2024-05-01T12:30:00Z, ZONED",
    "2024-12-31T23:59:59+18:00, 2024-12-31T05:59:59Z, ZONED",
    "2024-05-01T12:30:00, 2024-05-01T12:30:00Z, NAIVE",
    "2024-05-01 12:30, 2024-05-01T12:30:00Z, NAIVE",
    "2024-05-01, 2024-05-01T00:00:00Z, DATE_ONLY",
    "2024-02-29, 2024-02-29T00:00:00Z, DATE_ONLY",
    "2000-02-29, 2000-02-29T00:00:00Z, DATE_ONLY",
  })
  void readsAcceptedForms(String text, String instant, Precision precision) {
    assertThat(LenientTimestamp.parse(text))
        .isEqualTo(new Parsed(Instant.parse(instant), precision));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-13-01T00:00:00Z | month 13 does not exist",
        "2024-00-10 | month 0 does not exist",
        "2024-02-30T10:00:00Z | February 2024 has 29 days, not 30",
        "2023-02-29 | February 2023 has 28 days, not 29",
        "1900-02-29 | February 1900 has 28 days, not 29",
        "2024-04-31 | April 2024 has 30 days, not 31",
        "2024-01-00 | January 2024 has 31 days, not 0",
        "2024-05-01T25:00:00Z | hour 25 does not exist (00 to 23)",
        "2024-05-01T24:00:00Z | hour 24 does not exist (00 to 23)",
        "2024-05-01T12:60:00Z | minute 60 does not exist (00 to 59)",
        "2024-12-31T23:59:60Z | second 60 does not exist (00 to 59; no leap seconds)",
        "2024-05-01T12:30:00+18:30 | offset +18:30 does not exist (-18:00 to +18:00)",
        "2024-05-01T12:30:00-1960 | offset -1960 does not exist (-18:00 to +18:00)",
      })
  void explainsImpossibleValues(String text, String why) {
    assertThat(LenientTimestamp.parse(text)).isEqualTo(new Impossible(why));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "yesterday",
        "1700000000",
        "2024/05/01",
        "05/01/2024",
        "2024-5-1",
        "24-05-01",
        "+12024-05-01",
        "2024-05-01T",
        "2024-05-01T12",
        "2024-05-01T12:30:00.Z",
        "2024-05-01T12:30:00.1234567890Z",
        "2024-05-01T12:30:00+5",
        "2024-05-01T12:30:00 PST",
        "2024-05-01T12:30:00Z[Europe/Paris]",
        "Wed, 01 May 2024 12:30:00 GMT",
        "2024-05-01T12:30:00ZZ",
        "２０２４-05-01",
      })
  void rejectsOtherText(String text) {
    assertThat(LenientTimestamp.parse(text)).isInstanceOf(Unparseable.class);
  }

  @ParameterizedTest
  @CsvSource({"P1D, 1 day", "PT48H, 2 days", "PT1H, 1 hour", "PT90M, 90 minutes", "PT0S, PT0S"})
  void durationsAreWrittenForHumans(String duration, String text) {
    assertThat(TimestampCheck.human(Duration.parse(duration))).isEqualTo(text);
  }

  /**
   * The common form is read without the regular expression; a leading space sends the same text the
   * general way (it strips first), and both must agree, impossible values included.
   */
  @Property
  void theCommonFormReadsLikeTheGeneralWay(
      @ForAll @IntRange(min = 0, max = 9999) int year,
      @ForAll @IntRange(min = 0, max = 13) int month,
      @ForAll @IntRange(min = 0, max = 32) int day,
      @ForAll @IntRange(min = 0, max = 24) int hour,
      @ForAll @IntRange(min = 0, max = 60) int minute,
      @ForAll @IntRange(min = 0, max = 60) int second,
      @ForAll @StringLength(max = 10) @CharRange(from = '0', to = '9') String fraction) {
    String text =
        String.format(
            Locale.ROOT,
            "%04d-%02d-%02dT%02d:%02d:%02d%sZ",
            year,
            month,
            day,
            hour,
            minute,
            second,
            fraction.isEmpty() ? "" : "." + fraction);

    assertThat(LenientTimestamp.parse(text)).isEqualTo(LenientTimestamp.parse(" " + text));
  }
}
