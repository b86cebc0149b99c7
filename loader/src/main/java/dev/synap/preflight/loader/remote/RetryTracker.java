package dev.synap.preflight.loader.remote;

import dev.synap.preflight.synap.CallListener;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers, per calling thread, whether the client re-sent the current call (the client retries on
 * the caller's thread), counts every HTTP attempt and every 429, and forwards every retry and
 * attempt to another listener.
 */
final class RetryTracker implements CallListener {
  private final ThreadLocal<boolean[]> retried = ThreadLocal.withInitial(() -> new boolean[1]);
  private final CallListener next;
  private final AtomicLong attempts = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();

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
    if ("HTTP 429".equals(reason)) {
      rateLimited.incrementAndGet();
    }
    next.onRetry(operation, retry, reason, delay);
  }

  @Override
  public void onAttempt(String operation) {
    attempts.incrementAndGet();
    next.onAttempt(operation);
  }

  /** HTTP attempts so far. */
  long attempts() {
    return attempts.get();
  }

  /** Attempts answered 429 and retried so far. */
  long rateLimited() {
    return rateLimited.get();
  }
}
