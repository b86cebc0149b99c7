package dev.synap.preflight.synap.resilience;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The request budget of one client, shared by every call it makes (sending, status tracking,
 * deletes, searches), shaped as Synap documents its limits (synap-api.md §1.7: Free 60 a minute
 * with a burst of 10, Pro 600 with a burst of 50): a resilience4j {@link RateLimiter} handing out
 * {@link #burstOf burst} permits every {@code burst × 60 s / perMinute} (Pro: 50 every 5 s), so the
 * average is the limit, no period uses more than the burst, and a minute-long window sees at most
 * the limit plus one burst, which a token bucket of that burst refilled at the limit accepts. Every
 * HTTP attempt, retries included, takes a permit. A 429 answer holds the whole budget back for its
 * {@code Retry-After} ({@link #holdOff}), so the other threads wait too instead of each meeting its
 * own 429. Set the limit a little under the plan's (Free 60, Pro 600 a minute).
 */
public final class RateLimit {
  private final RateLimiter limiter;
  private final int perMinute;
  private final Duration maxWait;
  private final Sleeper sleeper;
  private final LongSupplier nanoTime;
  private final AtomicLong resumeAt = new AtomicLong(Long.MIN_VALUE);
  private volatile Thread heldBy;

  private RateLimit(
      RateLimiter limiter,
      int perMinute,
      Duration maxWait,
      Sleeper sleeper,
      LongSupplier nanoTime) {
    this.limiter = limiter;
    this.perMinute = perMinute;
    this.maxWait = maxWait;
    this.sleeper = sleeper;
    this.nanoTime = nanoTime;
  }

  /**
   * A limiter, or one that never waits when {@code perMinute} is 0.
   *
   * @param perMinute requests a minute; 0 turns limiting off
   * @param maxWait the longest a call waits for a permit before it fails
   */
  public static RateLimit perMinute(int perMinute, Duration maxWait) {
    return perMinute(perMinute, maxWait, Sleeper.system(), System::nanoTime);
  }

  /**
   * A limiter whose hold-offs wait on {@code sleeper}, measured with {@code nanoTime} (tests).
   *
   * @param perMinute requests a minute; 0 turns pacing off (hold-offs still apply)
   * @param maxWait the longest a call waits for a permit (or a hold-off) before it fails
   */
  public static RateLimit perMinute(
      int perMinute, Duration maxWait, Sleeper sleeper, LongSupplier nanoTime) {
    if (perMinute < 0) {
      throw new IllegalArgumentException("rate limit must not be negative, not " + perMinute);
    }
    if (perMinute == 0) {
      return new RateLimit(null, 0, maxWait, sleeper, nanoTime);
    }
    int burst = burstOf(perMinute);
    RateLimiterConfig config =
        RateLimiterConfig.custom()
            .limitForPeriod(burst)
            .limitRefreshPeriod(
                Duration.ofNanos(Duration.ofMinutes(1).toNanos() / perMinute * burst))
            .timeoutDuration(maxWait)
            .build();
    return new RateLimit(
        RateLimiter.of("synap-" + perMinute + "-per-minute", config),
        perMinute,
        maxWait,
        sleeper,
        nanoTime);
  }

  /**
   * The permits handed out at once under {@code perMinute}: a twelfth of the limit (5 seconds'
   * worth), at least 1: Pro's 600 a minute gives Synap's documented burst of 50; Free's 60 gives 5,
   * under its documented 10. 0 when {@code perMinute} is 0 (no limit).
   */
  public static int burstOf(int perMinute) {
    return perMinute <= 0 ? 0 : Math.max(1, perMinute / 12);
  }

  /** Requests a minute, 0 when off. */
  public int perMinute() {
    return perMinute;
  }

  /** The time between two bursts of permits (of {@link #burstOf}), or zero when off. */
  public Duration spacing() {
    return limiter == null ? Duration.ZERO : limiter.getRateLimiterConfig().getLimitRefreshPeriod();
  }

  /**
   * Holds every other caller back for {@code wait} from now (a 429's {@code Retry-After}; the
   * calling thread waits it out itself before its retry); a longer hold-off already in place is
   * kept.
   */
  public void holdOff(Duration wait) {
    long until = nanoTime.getAsLong() + wait.toNanos();
    heldBy = Thread.currentThread();
    resumeAt.accumulateAndGet(until, (a, b) -> a == Long.MIN_VALUE ? b : Math.max(a, b));
  }

  /**
   * Takes a permit, first waiting out a hold-off, waiting up to the configured maximum in all.
   *
   * @return false when no permit came in time
   */
  public boolean acquire() {
    long until = resumeAt.get();
    if (until != Long.MIN_VALUE && heldBy != Thread.currentThread()) {
      long wait = until - nanoTime.getAsLong();
      if (wait > 0) {
        if (wait > maxWait.toNanos()) {
          return false;
        }
        try {
          sleeper.sleep(Duration.ofNanos(wait));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return limiter == null || limiter.acquirePermission();
  }
}
