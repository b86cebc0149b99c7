package dev.synap.preflight.synap.error;

/**
 * The facts of one failed call, as the exceptions carry them.
 *
 * @param operation method and path, such as {@code GET /api/v1/memories/status/abc}
 * @param status HTTP status, 0 when there was no response
 * @param serviceMessage the service's message (or a description of the transport failure)
 * @param code the service's machine code, or null
 * @param correlationId the correlation id, or null
 */
public record Failure(
    String operation, int status, String serviceMessage, String code, String correlationId) {

  /** A failure without a response (I/O error, timeout, client-side refusal). */
  public static Failure noResponse(String operation, String message, String correlationId) {
    return new Failure(operation, 0, message, null, correlationId);
  }

  /** The exception message. */
  public String describe() {
    StringBuilder text = new StringBuilder(operation);
    if (status > 0) {
      text.append(": HTTP ").append(status);
    }
    if (serviceMessage != null && !serviceMessage.isBlank()) {
      text.append(": ").append(serviceMessage);
    }
    if (code != null && !code.isBlank()) {
      text.append(" [").append(code).append(']');
    }
    if (correlationId != null) {
      text.append(" (correlation id ").append(correlationId).append(')');
    }
    return text.toString();
  }
}
