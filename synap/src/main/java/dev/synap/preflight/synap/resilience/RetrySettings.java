package dev.synap.preflight.synap.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how long to retry.
 *
 * @param maxAttempts attempts in total, including the first (1 = never retry)
 * @param baseDelay backoff before the first retry, doubled for each further one (before jitter)
 * @param maxDelay upper bound of the exponential backoff
 * @param maxRetryAfter the longest {@code Retry-After} the client waits; longer means give up
 */
public record RetrySettings(
    int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

  /** Four attempts, 500 ms base, 20 s cap, {@code Retry-After} up to 2 minutes. */
  public static final RetrySettings DEFAULTS =
      new RetrySettings(4, Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofMinutes(2));

  /** Checks the values. */
  public RetrySettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
    }
    requirePositive(baseDelay, "baseDelay");
    requirePositive(maxDelay, "maxDelay");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("maxRetryAfter must not be negative");
    }
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
