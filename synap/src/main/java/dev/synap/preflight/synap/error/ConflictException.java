package dev.synap.preflight.synap.error;

/** 409: a document with this {@code document_id} already exists (duplicate policy CONFLICT). */
public class ConflictException extends SynapException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param failure what went wrong
   * @param cause the underlying exception, or null
   */
  public ConflictException(Failure failure, Throwable cause) {
    super(failure, cause);
  }
}
