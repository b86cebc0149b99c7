package dev.synap.preflight.standin.http;

import java.util.Map;

/** A request the stand-in answers with an error status and the service's error body. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient Map<String, Object> details;

  public ApiException(int status, String message) {
    this(status, message, Map.of());
  }

  public ApiException(int status, String message, Map<String, Object> details) {
    super(message);
    this.status = status;
    this.details = Map.copyOf(details);
  }

  public int status() {
    return status;
  }

  public Map<String, Object> details() {
    return details;
  }

  /** The machine code of the docs' error shape for a status. */
  public static String codeFor(int status) {
    return switch (status) {
      case 400 -> "INVALID_INPUT";
      case 401 -> "UNAUTHORIZED";
      case 403 -> "FORBIDDEN";
      case 404 -> "NOT_FOUND";
      case 405 -> "METHOD_NOT_ALLOWED";
      case 409 -> "CONFLICT";
      case 413 -> "PAYLOAD_TOO_LARGE";
      case 422 -> "VALIDATION_ERROR";
      case 429 -> "RATE_LIMITED";
      case 500 -> "INTERNAL_ERROR";
      case 503 -> "SERVICE_UNAVAILABLE";
      default -> "HTTP_" + status;
    };
  }
}
