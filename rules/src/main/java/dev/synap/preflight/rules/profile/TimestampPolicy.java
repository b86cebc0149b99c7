package dev.synap.preflight.rules.profile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * How a profile reads a source timestamp: ISO-8601 with or without offset (a space for the {@code
 * T} too), epoch seconds or milliseconds, and extra patterns; values with an offset become UTC
 * ({@code ...Z}); naive values (no zone) follow the zone policy.
 *
 * @param zone {@code utc} (naive values are UTC, flagged in metadata), {@code keep} (naive values
 *     stay as written; the validator notes them), {@code reject-naive} (naive values stay as
 *     written and are an {@code invalid-timestamp} error), or a zone id such as {@code
 *     America/Los_Angeles}
 * @param formats extra {@link DateTimeFormatter} patterns tried after ISO-8601 (English month
 *     names)
 */
record TimestampPolicy(String zone, List<String> formats) {
  static final String UTC = "utc";
  static final String KEEP = "keep";
  static final String REJECT_NAIVE = "reject-naive";

  private static final DateTimeFormatter ISO_LOCAL =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .toFormatter(Locale.ROOT);
  private static final DateTimeFormatter ISO_OFFSET =
      new DateTimeFormatterBuilder()
          .append(ISO_LOCAL)
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendOffset("+HH:MM:ss", "Z")
          .toFormatter(Locale.ROOT);
  private static final DateTimeFormatter ISO_OFFSET_COMPACT =
      new DateTimeFormatterBuilder()
          .append(ISO_LOCAL)
          .appendOffset("+HHMM", "Z")
          .toFormatter(Locale.ROOT);

  TimestampPolicy {
    formats = List.copyOf(formats);
  }

  /** Checks the zone and the patterns; a message naming the bad one, or null when valid. */
  String problem() {
    if (!zone.equals(UTC) && !zone.equals(KEEP) && !zone.equals(REJECT_NAIVE)) {
      try {
        ZoneId.of(zone);
      } catch (DateTimeException e) {
        return "zone: '" + zone + "' is not utc, keep, reject-naive or a zone id";
      }
    }
    for (String f : formats) {
      try {
        DateTimeFormatter.ofPattern(f, Locale.ENGLISH);
      } catch (IllegalArgumentException e) {
        return "formats: '" + f + "' is not a date-time pattern (" + e.getMessage() + ")";
      }
    }
    return null;
  }

  /** The outcome of reading one value. */
  record Result(String value, Naive naive) {}

  /** What happened to a value without a zone. */
  enum Naive {
    NONE,
    ASSUMED_UTC,
    ASSUMED_ZONE,
    KEPT,
    REJECTED
  }

  /** Reads {@code text}; an unparseable value is returned as written (the checks report it). */
  Result apply(String text) {
    String t = text.strip();
    OffsetDateTime withOffset = offset(t);
    if (withOffset != null) {
      return new Result(utc(withOffset), Naive.NONE);
    }
    LocalDateTime naive = local(t);
    if (naive == null) {
      return new Result(text, Naive.NONE);
    }
    return switch (zone) {
      case UTC -> new Result(utc(naive.atOffset(ZoneOffset.UTC)), Naive.ASSUMED_UTC);
      case KEEP -> new Result(text, Naive.KEPT);
      case REJECT_NAIVE -> new Result(text, Naive.REJECTED);
      default ->
          new Result(utc(naive.atZone(ZoneId.of(zone)).toOffsetDateTime()), Naive.ASSUMED_ZONE);
    };
  }

  private OffsetDateTime offset(String t) {
    for (DateTimeFormatter f : List.of(ISO_OFFSET, ISO_OFFSET_COMPACT)) {
      try {
        return OffsetDateTime.parse(t, f);
      } catch (DateTimeParseException e) {
        // next
      }
    }
    if (t.matches("\\d{9,13}")) {
      long n = Long.parseLong(t);
      java.time.Instant i =
          t.length() >= 12 ? java.time.Instant.ofEpochMilli(n) : java.time.Instant.ofEpochSecond(n);
      return i.atOffset(ZoneOffset.UTC);
    }
    for (String pattern : formats) {
      try {
        TemporalAccessor a = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).parse(t);
        if (a.isSupported(ChronoField.OFFSET_SECONDS)) {
          return OffsetDateTime.from(a);
        }
      } catch (DateTimeException e) {
        // next
      }
    }
    return null;
  }

  private LocalDateTime local(String t) {
    try {
      return LocalDateTime.parse(t, ISO_LOCAL);
    } catch (DateTimeParseException e) {
      // next
    }
    for (String pattern : formats) {
      try {
        TemporalAccessor a = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).parse(t);
        if (a.isSupported(ChronoField.HOUR_OF_DAY)) {
          return LocalDateTime.from(a);
        }
        return LocalDate.from(a).atStartOfDay();
      } catch (DateTimeException e) {
        // next
      }
    }
    return null;
  }

  private static String utc(OffsetDateTime t) {
    return DateTimeFormatter.ISO_INSTANT.format(t.toInstant());
  }
}
