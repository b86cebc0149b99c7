package dev.synap.preflight.synap.conformance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand; it starts 20 s into a minute, so 40 s are left in that minute. */
final class MutableClock extends Clock {
  private static final Instant START = Instant.parse("2026-11-24T10:00:20Z");
  private Instant now = START;

  /** Seconds from the start to the end of its minute (the stand-in's rate-limit window). */
  long secondsLeftAtStart() {
    return 60 - START.getEpochSecond() % 60;
  }

  synchronized void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
