package dev.synap.preflight.standin.http;

import java.time.Clock;

/** A fixed one-minute window per key (the stand-in accepts one key, so one window). */
final class RateLimiter {
  private final Clock clock;
  private long window = Long.MIN_VALUE;
  private int used;

  RateLimiter(Clock clock) {
    this.clock = clock;
  }

  /** The outcome of one request against the limit. */
  record Decision(
      boolean allowed, int limit, int remaining, long resetEpochSecond, long retryAfter) {}

  synchronized Decision take(int limit) {
    long now = clock.instant().getEpochSecond();
    long current = Math.floorDiv(now, 60);
    if (current != window) {
      window = current;
      used = 0;
    }
    long reset = (current + 1) * 60;
    long retryAfter = Math.max(1, reset - now);
    if (used >= limit) {
      return new Decision(false, limit, 0, reset, retryAfter);
    }
    used++;
    return new Decision(true, limit, limit - used, reset, retryAfter);
  }
}
