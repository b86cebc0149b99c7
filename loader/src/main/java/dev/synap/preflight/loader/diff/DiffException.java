package dev.synap.preflight.loader.diff;

/** A diff that cannot be made: no journal, or one of another profile; nothing is compared. */
public final class DiffException extends Exception {
  private static final long serialVersionUID = 1L;

  public DiffException(String message) {
    super(message);
  }
}
