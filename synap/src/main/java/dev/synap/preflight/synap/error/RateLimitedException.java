package dev.synap.preflight.synap.error;

import java.time.Duration;

/**
 * 429 from the service after the retries ran out (or a {@code Retry-After} longer than the client
 * will wait), or status 0 when the client-side rate limiter gave no permit in time.
 */
public class RateLimitedException extends SynapException {
  private static final long serialVersionUID = 1L;

  private final transient Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param failure what went wrong
   * @param retryAfter the service's {@code Retry-After}, or null
   * @param cause the underlying exception, or null
   */
  public RateLimitedException(Failure failure, Duration retryAfter, Throwable cause) {
    super(failure, cause);
    this.retryAfter = retryAfter;
  }

  /** The wait the service asked for, or null when it named none. */
  public Duration retryAfter() {
    return retryAfter;
  }

  @Override
  public boolean isTransient() {
    return true;
  }
}
