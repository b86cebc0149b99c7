package dev.synap.preflight.synap.error;

/**
 * A response the client cannot use: a status it does not expect (3xx, an unlisted 4xx), or a
 * success whose body is not the expected JSON.
 */
public class UnexpectedResponseException extends SynapException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param failure what went wrong
   * @param cause the underlying exception, or null
   */
  public UnexpectedResponseException(Failure failure, Throwable cause) {
    super(failure, cause);
  }
}
