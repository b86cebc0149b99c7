package dev.synap.preflight.synap.error;

/** 401 or 403: the API key was refused or lacks a permission. */
public class UnauthorizedException extends SynapException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param failure what went wrong
   * @param cause the underlying exception, or null
   */
  public UnauthorizedException(Failure failure, Throwable cause) {
    super(failure, cause);
  }
}
