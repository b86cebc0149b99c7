package dev.synap.preflight.synap.resilience;

import java.time.Duration;

/**
 * Exponential backoff with full jitter: before retry {@code n} (1-based) wait a uniformly random
 * time in {@code [0, min(maxDelay, baseDelay * 2^(n-1))]}. Full jitter spreads clients that failed
 * together instead of having them return in lockstep.
 */
public final class Backoff {
  private Backoff() {}

  /**
   * The exponential ceiling before jitter.
   *
   * @param retry the retry number, 1 for the first retry
   * @param settings base and maximum delay
   */
  public static Duration ceiling(int retry, RetrySettings settings) {
    int doublings = Math.max(0, Math.min(retry - 1, 30));
    long base = settings.baseDelay().toMillis();
    long max = settings.maxDelay().toMillis();
    long ceiling = base > (max >> doublings) ? max : base << doublings;
    return Duration.ofMillis(Math.min(ceiling, max));
  }

  /**
   * The delay before a retry.
   *
   * @param retry the retry number, 1 for the first retry
   * @param settings base and maximum delay
   * @param jitter a random number in {@code [0, 1]}
   */
  public static Duration delay(int retry, RetrySettings settings, double jitter) {
    double clamped = Math.max(0.0, Math.min(1.0, jitter));
    return Duration.ofMillis(Math.round(ceiling(retry, settings).toMillis() * clamped));
  }
}
