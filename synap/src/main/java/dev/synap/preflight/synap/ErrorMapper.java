package dev.synap.preflight.synap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.synap.error.ConflictException;
import dev.synap.preflight.synap.error.Failure;
import dev.synap.preflight.synap.error.InsufficientCreditsException;
import dev.synap.preflight.synap.error.InvalidRequestException;
import dev.synap.preflight.synap.error.NotFoundException;
import dev.synap.preflight.synap.error.RateLimitedException;
import dev.synap.preflight.synap.error.ServerErrorException;
import dev.synap.preflight.synap.error.SynapException;
import dev.synap.preflight.synap.error.UnauthorizedException;
import dev.synap.preflight.synap.error.UnexpectedResponseException;
import dev.synap.preflight.synap.resilience.RetryAfter;
import dev.synap.preflight.synap.wire.WireJson;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Turns an error response into the typed exception. Reads the SDK's shape ({@code detail} as text
 * or as {@code {code, message}}) and the documented one ({@code error}, {@code code}), else quotes
 * the start of the raw body; every quoted text has the API key redacted.
 */
final class ErrorMapper {
  static final String CORRELATION_HEADER = "X-Correlation-Id";
  private static final int MAX_QUOTE = 300;

  private final ApiKey key;
  private final Clock clock;

  ErrorMapper(ApiKey key, Clock clock) {
    this.key = key;
    this.clock = clock;
  }

  SynapException map(String operation, HttpResponse<byte[]> response, String sentCorrelationId) {
    int status = response.statusCode();
    JsonNode body = parse(response.body());
    String raw = response.body() == null ? "" : new String(response.body(), StandardCharsets.UTF_8);
    String message = key.redact(message(body, key.redact(raw)));
    String code = key.redact(code(body));
    String correlationId =
        key.redact(
            response
                .headers()
                .firstValue(CORRELATION_HEADER)
                .orElse(text(body, "correlation_id", sentCorrelationId)));
    Failure failure = new Failure(operation, status, message, code, correlationId);
    if (status == 429) {
      Duration retryAfter =
          RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock)
              .orElse(null);
      return new RateLimitedException(failure, retryAfter, null);
    }
    return forStatus(status, failure);
  }

  private static SynapException forStatus(int status, Failure failure) {
    switch (status) {
      case 400:
      case 422:
        return new InvalidRequestException(failure, null);
      case 401:
      case 403:
        return new UnauthorizedException(failure, null);
      case 402:
        return new InsufficientCreditsException(failure, null);
      case 404:
        return new NotFoundException(failure, null);
      case 409:
        return new ConflictException(failure, null);
      default:
        return status >= 500
            ? new ServerErrorException(failure, null)
            : new UnexpectedResponseException(failure, null);
    }
  }

  private static JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      JsonNode node = WireJson.mapper().readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  private static String message(JsonNode body, String raw) {
    if (body != null) {
      JsonNode detail = body.get("detail");
      if (detail != null && detail.isTextual()) {
        return detail.asText();
      }
      if (detail != null && detail.isObject()) {
        String inner = text(detail, "message", text(detail, "error", null));
        return inner != null ? inner : detail.toString();
      }
      if (detail != null && detail.isArray()) {
        return detail.toString();
      }
      String direct = text(body, "error", text(body, "message", null));
      if (direct != null) {
        return direct;
      }
    }
    return quote(raw);
  }

  private static String code(JsonNode body) {
    if (body == null) {
      return null;
    }
    JsonNode detail = body.get("detail");
    String inner = detail != null && detail.isObject() ? text(detail, "code", null) : null;
    return inner != null ? inner : text(body, "code", text(body, "error_code", null));
  }

  private static String text(JsonNode node, String field, String fallback) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isValueNode() && !value.isNull() ? value.asText() : fallback;
  }

  private static String quote(String raw) {
    String text = raw.strip();
    if (text.isEmpty()) {
      return null;
    }
    StringBuilder clean = new StringBuilder();
    text.codePoints()
        .limit(MAX_QUOTE)
        .forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return text.codePointCount(0, text.length()) > MAX_QUOTE ? clean + "…" : clean.toString();
  }
}
