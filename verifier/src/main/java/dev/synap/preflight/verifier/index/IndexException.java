package dev.synap.preflight.verifier.index;

/** The baseline index could not be built, opened or searched; the message names the directory. */
public final class IndexException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
