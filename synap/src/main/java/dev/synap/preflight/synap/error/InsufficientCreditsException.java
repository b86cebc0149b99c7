package dev.synap.preflight.synap.error;

/** 402: the account is out of credits. */
public class InsufficientCreditsException extends SynapException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param failure what went wrong
   * @param cause the underlying exception, or null
   */
  public InsufficientCreditsException(Failure failure, Throwable cause) {
    super(failure, cause);
  }
}
