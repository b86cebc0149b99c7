package dev.synap.preflight.synap.error;

/** 5xx: the service failed; thrown after the retries (if any were allowed) ran out. */
public class ServerErrorException extends SynapException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param failure what went wrong
   * @param cause the underlying exception, or null
   */
  public ServerErrorException(Failure failure, Throwable cause) {
    super(failure, cause);
  }

  @Override
  public boolean isTransient() {
    return true;
  }
}
