package dev.synap.preflight.synap.error;

/**
 * No response: connection refused or reset, a connect or request timeout, or the calling thread was
 * interrupted. {@link #status()} is 0.
 */
public class TransportException extends SynapException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param failure what went wrong
   * @param cause the underlying exception, or null
   */
  public TransportException(Failure failure, Throwable cause) {
    super(failure, cause);
  }

  @Override
  public boolean isTransient() {
    return true;
  }
}
