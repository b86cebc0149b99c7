package dev.synap.preflight.synap.resilience;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;

/**
 * Client-side pacing so a run stays under the plan's requests-per-minute limit: a resilience4j
 * {@link RateLimiter} handing out one permit every {@code 60 s / perMinute}, so no minute-long
 * window sees more than the limit (plus the one permit at its edge). Every HTTP attempt, retries
 * included, takes a permit. Set the limit a little under the plan's (Free 60, Pro 600 a minute).
 */
public final class RateLimit {
  private final RateLimiter limiter;
  private final int perMinute;

  private RateLimit(RateLimiter limiter, int perMinute) {
    this.limiter = limiter;
    this.perMinute = perMinute;
  }

  /**
   * A limiter, or one that never waits when {@code perMinute} is 0.
   *
   * @param perMinute requests a minute; 0 turns limiting off
   * @param maxWait the longest a call waits for a permit before it fails
   */
  public static RateLimit perMinute(int perMinute, Duration maxWait) {
    if (perMinute < 0) {
      throw new IllegalArgumentException("rate limit must not be negative, not " + perMinute);
    }
    if (perMinute == 0) {
      return new RateLimit(null, 0);
    }
    RateLimiterConfig config =
        RateLimiterConfig.custom()
            .limitForPeriod(1)
            .limitRefreshPeriod(Duration.ofNanos(Duration.ofMinutes(1).toNanos() / perMinute))
            .timeoutDuration(maxWait)
            .build();
    return new RateLimit(RateLimiter.of("synap-" + perMinute + "-per-minute", config), perMinute);
  }

  /** Requests a minute, 0 when off. */
  public int perMinute() {
    return perMinute;
  }

  /** The time between two permits, or zero when off. */
  public Duration spacing() {
    return limiter == null ? Duration.ZERO : limiter.getRateLimiterConfig().getLimitRefreshPeriod();
  }

  /**
   * Takes a permit, waiting up to the configured maximum.
   *
   * @return false when no permit came in time
   */
  public boolean acquire() {
    return limiter == null || limiter.acquirePermission();
  }
}
