package dev.synap.preflight.synap.error;

/**
 * A Synap call failed. Subclasses name the family; {@link #status()} is the HTTP status, or 0 when
 * the failure happened before a response (I/O, timeout, client-side limit).
 */
public class SynapException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String serviceMessage;
  private final String code;
  private final String correlationId;
  private final String operation;

  /**
   * Creates the exception; the message reads {@code <operation>: HTTP <status>: <service message>
   * [code] (correlation id <id>)}.
   *
   * @param failure what went wrong
   * @param cause the underlying exception, or null
   */
  public SynapException(Failure failure, Throwable cause) {
    super(failure.describe(), cause);
    this.status = failure.status();
    this.serviceMessage = failure.serviceMessage();
    this.code = failure.code();
    this.correlationId = failure.correlationId();
    this.operation = failure.operation();
  }

  /** The HTTP status, or 0 when no response was received. */
  public int status() {
    return status;
  }

  /** The service's message (from {@code detail}, {@code error} or {@code message}), or null. */
  public String serviceMessage() {
    return serviceMessage;
  }

  /** The service's machine-readable code ({@code RATE_LIMITED}, ...), or null. */
  public String code() {
    return code;
  }

  /** The correlation id: the service's {@code X-Correlation-Id}, else the one the client sent. */
  public String correlationId() {
    return correlationId;
  }

  /** The call that failed, such as {@code POST /api/v1/memories/batch}. */
  public String operation() {
    return operation;
  }

  /** True when the same call may succeed later (429, 5xx, transport); false for 4xx. */
  public boolean isTransient() {
    return false;
  }
}
