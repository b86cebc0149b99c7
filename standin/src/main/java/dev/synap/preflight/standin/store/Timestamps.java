package dev.synap.preflight.standin.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** ISO-8601 timestamps in the form the SDK parses everywhere: {@code 2024-03-15T10:30:00+00:00}. */
public final class Timestamps {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx", Locale.ROOT);

  private Timestamps() {}

  /** The clock's current instant, in UTC with an explicit {@code +00:00} offset. */
  public static String now(Clock clock) {
    return FORMAT.format(
        OffsetDateTime.now(clock)
            .withOffsetSameInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.MICROS));
  }
}
