package dev.synap.preflight.loader.remote;

import dev.synap.preflight.synap.CallListener;
import java.time.Duration;

/**
 * Remembers, per calling thread, whether the client re-sent the current call (the client retries on
 * the caller's thread), and forwards every retry to another listener.
 */
final class RetryTracker implements CallListener {
  private final ThreadLocal<boolean[]> retried = ThreadLocal.withInitial(() -> new boolean[1]);
  private final CallListener next;

  RetryTracker(CallListener next) {
    this.next = next;
  }

  /** Starts a call on this thread. */
  void begin() {
    retried.get()[0] = false;
  }

  /** Whether the call started with {@link #begin} was re-sent. */
  boolean retried() {
    return retried.get()[0];
  }

  @Override
  public void onRetry(String operation, int retry, String reason, Duration delay) {
    retried.get()[0] = true;
    next.onRetry(operation, retry, reason, delay);
  }
}
