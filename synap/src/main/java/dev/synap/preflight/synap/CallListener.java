package dev.synap.preflight.synap;

import java.time.Duration;

/**
 * Observes the client's attempts and retries (for progress lines, journals or metrics). Called on
 * the calling thread; must not throw. Never receives the API key.
 */
@FunctionalInterface
public interface CallListener {
  /** A listener that ignores everything. */
  CallListener NONE = (operation, retry, reason, delay) -> {};

  /**
   * A call is about to be retried.
   *
   * @param operation method and path, e.g. {@code POST /api/v1/memories/batch}
   * @param retry 1 for the first retry
   * @param reason {@code HTTP 503}, {@code HTTP 429} or the I/O error's class name
   * @param delay how long the client waits first
   */
  void onRetry(String operation, int retry, String reason, Duration delay);

  /**
   * An HTTP attempt is about to be sent (or refused for want of a rate-limit permit): every call
   * and every retry, so a listener can count requests against the budget.
   *
   * @param operation method and path
   */
  default void onAttempt(String operation) {}
}
