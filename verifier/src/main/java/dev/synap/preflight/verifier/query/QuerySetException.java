package dev.synap.preflight.verifier.query;

/** A query file that cannot be used; the message names the file, line and field. */
public final class QuerySetException extends Exception {
  private static final long serialVersionUID = 1L;

  public QuerySetException(String message) {
    super(message);
  }
}
