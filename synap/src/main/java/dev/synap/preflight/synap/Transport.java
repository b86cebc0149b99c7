package dev.synap.preflight.synap;

import dev.synap.preflight.synap.error.Failure;
import dev.synap.preflight.synap.error.RateLimitedException;
import dev.synap.preflight.synap.error.ResponseOutOfContractException;
import dev.synap.preflight.synap.error.TransportException;
import dev.synap.preflight.synap.resilience.RateLimit;
import dev.synap.preflight.synap.resilience.RetryPolicy;
import dev.synap.preflight.synap.resilience.Sleeper;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one {@link Call}: headers, timeout, a rate-limit permit per attempt, retries driven by the
 * {@link RetryPolicy}'s resilience4j context with waits on the injected {@link Sleeper}. Returns
 * the final response whatever its status; {@link SynapClient} maps it. Keeps at most {@code
 * maxResponseBytes} of a body ({@link BoundedBody}): a larger one is that call's {@link
 * ResponseOutOfContractException}, not retried. Logs method, path, status and attempt at debug
 * level, never a header.
 */
final class Transport {
  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);

  private final HttpClient http;
  private final String base;
  private final ApiKey key;
  private final Duration requestTimeout;
  private final RetryPolicy retryPolicy;
  private final RateLimit rateLimit;
  private final Sleeper sleeper;
  private final CorrelationIds correlationIds;
  private final CallListener listener;
  private final String userAgent;
  private final long maxResponseBytes;

  Transport(SynapClientBuilder settings, String base, Clock clock) {
    this.base = base;
    this.key = settings.apiKey();
    this.requestTimeout = settings.requestTimeout();
    this.retryPolicy = new RetryPolicy(settings.retrySettings(), clock, settings.jitter());
    this.rateLimit =
        RateLimit.perMinute(
            settings.rateLimitPerMinute(),
            settings.rateLimitMaxWait(),
            settings.sleeper(),
            System::nanoTime);
    this.sleeper = settings.sleeper();
    this.correlationIds = new CorrelationIds(clock);
    this.listener = settings.listener();
    this.userAgent = settings.userAgent();
    this.maxResponseBytes = settings.maxResponseBytes();
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(
                base.startsWith("https:") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** The final response of the call, and the correlation id sent with it. */
  record Outcome(HttpResponse<byte[]> response, String correlationId) {}

  Outcome send(Call call) {
    String correlationId = correlationIds.next();
    HttpRequest request = request(call, correlationId);
    Retry.AsyncContext<HttpResponse<byte[]>> context =
        retryPolicy.retryFor(call.idempotent()).asyncContext();
    for (int attempt = 1; ; attempt++) {
      permit(call, correlationId);
      HttpResponse<byte[]> response;
      try {
        response = http.send(request, BoundedBody.handler(maxResponseBytes));
      } catch (IOException e) {
        BoundedBody.TooLarge tooLarge = BoundedBody.find(e);
        if (tooLarge != null) {
          LOG.debug("{} answered a body over {} bytes", call.operation(), maxResponseBytes);
          throw new ResponseOutOfContractException(
              new Failure(
                  call.operation(), tooLarge.status(), tooLarge.getMessage(), null, correlationId),
              tooLarge);
        }
        long delay = context.onError(e);
        LOG.debug("{} failed on attempt {}: {}", call.operation(), attempt, e.toString());
        if (delay < 0) {
          throw transport(call, correlationId, e);
        }
        pause(call, correlationId, attempt, e.getClass().getSimpleName(), delay);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw transport(call, correlationId, e);
      }
      LOG.debug("{} -> HTTP {} (attempt {})", call.operation(), response.statusCode(), attempt);
      long delay = context.onResult(response);
      if (delay < 0) {
        context.onComplete();
        return new Outcome(response, correlationId);
      }
      if (response.statusCode() == 429) {
        rateLimit.holdOff(Duration.ofMillis(delay));
      }
      pause(call, correlationId, attempt, "HTTP " + response.statusCode(), delay);
    }
  }

  ApiKey key() {
    return key;
  }

  private HttpRequest request(Call call, String correlationId) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + call.path()))
            .timeout(requestTimeout)
            .header("X-Correlation-ID", correlationId)
            .header("Accept", "application/json")
            .header("User-Agent", userAgent);
    if (call.authenticated()) {
      builder.header("Authorization", key.authorization());
    }
    if (call.body() == null) {
      builder.method(call.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      builder
          .header("Content-Type", "application/json")
          .method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body()));
    }
    return builder.build();
  }

  private void permit(Call call, String correlationId) {
    if (rateLimit.acquire()) {
      listener.onAttempt(call.operation());
    } else {
      throw new RateLimitedException(
          Failure.noResponse(
              call.operation(),
              "client-side rate limit of "
                  + rateLimit.perMinute()
                  + " requests a minute gave no permit in time",
              correlationId),
          null,
          null);
    }
  }

  private void pause(Call call, String correlationId, int attempt, String reason, long millis) {
    Duration delay = Duration.ofMillis(millis);
    LOG.debug("retrying {} after {} ms ({})", call.operation(), millis, reason);
    listener.onRetry(call.operation(), attempt, reason, delay);
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw transport(call, correlationId, e);
    }
  }

  private TransportException transport(Call call, String correlationId, Exception cause) {
    String what =
        cause instanceof InterruptedException
            ? "interrupted"
            : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + key.redact(cause.getMessage()));
    return new TransportException(Failure.noResponse(call.operation(), what, correlationId), cause);
  }
}
