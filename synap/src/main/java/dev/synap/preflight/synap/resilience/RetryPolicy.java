package dev.synap.preflight.synap.resilience;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;

/**
 * When a Synap call is retried, and after how long. Two resilience4j {@link Retry} instances:
 *
 * <ul>
 *   <li><b>idempotent</b> calls (reads, deletes, writes whose every document has a {@code
 *       document_id}) retry on 429, on 5xx and on any I/O error or timeout;
 *   <li><b>non-idempotent</b> calls (a write with a document lacking an id) retry only when the
 *       request certainly was not processed: 429, and a connection that could not be opened.
 * </ul>
 *
 * The wait is {@link Backoff full-jitter exponential backoff}; after a 429 it is at least the
 * {@code Retry-After} the service named, and a {@code Retry-After} longer than {@link
 * RetrySettings#maxRetryAfter()} stops the retries. The instances are used through {@link
 * Retry#asyncContext()}, so the caller waits with its own {@link Sleeper}.
 */
public final class RetryPolicy {
  private final RetrySettings settings;
  private final Clock clock;
  private final DoubleSupplier jitter;
  private final Retry idempotent;
  private final Retry nonIdempotent;

  /**
   * Creates the policy.
   *
   * @param settings attempts and delays
   * @param clock the clock HTTP-date {@code Retry-After} values are measured against
   * @param jitter random numbers in {@code [0, 1]}
   */
  public RetryPolicy(RetrySettings settings, Clock clock, DoubleSupplier jitter) {
    this.settings = settings;
    this.clock = clock;
    this.jitter = jitter;
    this.idempotent = build("synap-idempotent", RetryPolicy::isTransport, r -> isRetryable(r));
    this.nonIdempotent =
        build("synap-non-idempotent", RetryPolicy::isNotSent, r -> r.statusCode() == 429);
  }

  /** The retry for a call of the given kind. */
  public Retry retryFor(boolean idempotentCall) {
    return idempotentCall ? idempotent : nonIdempotent;
  }

  /** The settings in use. */
  public RetrySettings settings() {
    return settings;
  }

  /**
   * The wait before retry {@code retry} after this response, or empty to stop retrying.
   *
   * @param retry 1 for the first retry
   * @param response the failed response
   */
  public Optional<Duration> delayAfter(int retry, HttpResponse<?> response) {
    Duration backoff = Backoff.delay(retry, settings, jitter.getAsDouble());
    if (response.statusCode() != 429) {
      return Optional.of(backoff);
    }
    Optional<Duration> asked =
        RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock);
    if (asked.isEmpty()) {
      return Optional.of(backoff);
    }
    if (asked.get().compareTo(settings.maxRetryAfter()) > 0) {
      return Optional.empty();
    }
    return Optional.of(asked.get().compareTo(backoff) > 0 ? asked.get() : backoff);
  }

  private Retry build(
      String name, Predicate<Throwable> onError, Predicate<HttpResponse<byte[]>> onResult) {
    IntervalBiFunction<HttpResponse<byte[]>> interval = this::interval;
    RetryConfig config =
        RetryConfig.<HttpResponse<byte[]>>custom()
            .maxAttempts(settings.maxAttempts())
            .retryOnException(onError)
            .retryOnResult(onResult)
            .intervalBiFunction(interval)
            .failAfterMaxAttempts(false)
            .build();
    return Retry.of(name, config);
  }

  private Long interval(Integer retry, Either<Throwable, HttpResponse<byte[]>> outcome) {
    if (outcome.isLeft()) {
      return Backoff.delay(retry, settings, jitter.getAsDouble()).toMillis();
    }
    return delayAfter(retry, outcome.get()).map(Duration::toMillis).orElse(-1L);
  }

  private static boolean isRetryable(HttpResponse<?> response) {
    int status = response.statusCode();
    return status == 429 || status >= 500;
  }

  private static boolean isTransport(Throwable error) {
    return error instanceof IOException;
  }

  private static boolean isNotSent(Throwable error) {
    return error instanceof ConnectException || error instanceof HttpConnectTimeoutException;
  }
}
