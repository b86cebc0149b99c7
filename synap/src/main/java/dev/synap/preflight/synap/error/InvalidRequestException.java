package dev.synap.preflight.synap.error;

/** 400 or 422: the service rejected the request as invalid (not retried). */
public class InvalidRequestException extends SynapException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param failure what went wrong
   * @param cause the underlying exception, or null
   */
  public InvalidRequestException(Failure failure, Throwable cause) {
    super(failure, cause);
  }
}
