package dev.synap.preflight.synap.error;

/** 404: unknown id, expired ingestion status, or a memory outside the caller's scope. */
public class NotFoundException extends SynapException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param failure what went wrong
   * @param cause the underlying exception, or null
   */
  public NotFoundException(Failure failure, Throwable cause) {
    super(failure, cause);
  }
}
