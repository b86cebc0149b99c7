package dev.synap.preflight.validator.check;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lenient ISO-8601 / RFC 3339 reader for {@code document_created_at}. Accepts {@code T}, {@code
 * t} or a space between date and time; minutes without seconds; 1 to 9 fraction digits after {@code
 * .} or {@code ,}; zones {@code Z}, {@code z}, {@code UTC}, {@code GMT}, {@code ±hh:mm}, {@code
 * ±hhmm}, {@code ±hh}, optionally after one space; a date alone; surrounding whitespace. Impossible
 * field values are told apart from text that is no timestamp at all.
 */
final class LenientTimestamp {
  /** How the text pins the instant down. */
  enum Precision {
    /** Date, time and zone or offset. */
    ZONED,
    /** Date and time without a zone: read as UTC. */
    NAIVE,
    /** A date alone: read as midnight UTC. */
    DATE_ONLY
  }

  /** What reading a text gave. */
  sealed interface Result permits Parsed, Unparseable, Impossible {}

  /** A readable timestamp. */
  record Parsed(Instant instant, Precision precision) implements Result {}

  /** Not a timestamp in any accepted form. */
  record Unparseable() implements Result {}

  /** Shaped like a timestamp but naming a moment that does not exist; {@code why} says why. */
  record Impossible(String why) implements Result {}

  private static final Pattern FORM =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})"
              + "(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
              + " ?(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");

  private LenientTimestamp() {}

  static Result parse(String text) {
    Result common = parseCommon(text);
    if (common != null) {
      return common;
    }
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return new Unparseable();
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1 || month > 12) {
      return new Impossible("month " + month + " does not exist");
    }
    int days = Month.of(month).length(Year.isLeap(year));
    if (day < 1 || day > days) {
      return new Impossible(monthName(month) + " " + year + " has " + days + " days, not " + day);
    }
    if (m.group(4) == null) {
      return new Parsed(utc(year, month, day, 0, 0, 0, 0), Precision.DATE_ONLY);
    }
    int hour = Integer.parseInt(m.group(4));
    int minute = Integer.parseInt(m.group(5));
    int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    if (hour > 23) {
      return new Impossible("hour " + hour + " does not exist (00 to 23)");
    }
    if (minute > 59) {
      return new Impossible("minute " + minute + " does not exist (00 to 59)");
    }
    if (second > 59) {
      return new Impossible("second " + second + " does not exist (00 to 59; no leap seconds)");
    }
    int nanos =
        m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
    String zone = m.group(8);
    if (zone == null) {
      return new Parsed(utc(year, month, day, hour, minute, second, nanos), Precision.NAIVE);
    }
    int offsetSeconds = 0;
    if (zone.charAt(0) == '+' || zone.charAt(0) == '-') {
      String digits = zone.substring(1).replace(":", "");
      int oh = Integer.parseInt(digits.substring(0, 2));
      int om = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
      if (oh > 18 || om > 59 || (oh == 18 && om > 0)) {
        return new Impossible("offset " + zone + " does not exist (-18:00 to +18:00)");
      }
      offsetSeconds = (zone.charAt(0) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    }
    LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
    return new Parsed(local.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds)), Precision.ZONED);
  }

  /**
   * The form almost every export writes, {@code 2024-05-01T12:30:00Z} with an optional fraction of
   * 1 to 9 digits, read without the regular expression; null for anything else, including values
   * out of range, which {@link #parse} then reads (and explains) the general way.
   */
  private static Result parseCommon(String t) {
    int n = t.length();
    if (n < 20
        || n > 30
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || t.charAt(10) != 'T'
        || t.charAt(13) != ':'
        || t.charAt(16) != ':'
        || t.charAt(n - 1) != 'Z') {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      if (t.charAt(19) != '.' || n == 21) {
        return null;
      }
      for (int i = 20; i < n - 1; i++) {
        int d = digit(t, i);
        if (d < 0) {
          return null;
        }
        nanos = nanos * 10 + d;
      }
      for (int i = n - 1; i < 29; i++) {
        nanos *= 10;
      }
    }
    int year = number(t, 0, 4);
    int month = number(t, 5, 7);
    int day = number(t, 8, 10);
    int hour = number(t, 11, 13);
    int minute = number(t, 14, 16);
    int second = number(t, 17, 19);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) {
      return null;
    }
    if (day > Month.of(month).length(Year.isLeap(year))
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return null;
    }
    return new Parsed(utc(year, month, day, hour, minute, second, nanos), Precision.ZONED);
  }

  /** The decimal number of {@code t[from..to)}, or -1 when a char is not an ASCII digit. */
  private static int number(String t, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      int d = digit(t, i);
      if (d < 0) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static int digit(String t, int i) {
    char c = t.charAt(i);
    return c >= '0' && c <= '9' ? c - '0' : -1;
  }

  private static Instant utc(int y, int mo, int d, int h, int mi, int s, int nanos) {
    return LocalDateTime.of(y, mo, d, h, mi, s, nanos).toInstant(ZoneOffset.UTC);
  }

  private static String monthName(int month) {
    String name = Month.of(month).name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }
}
