package dev.synap.preflight.loader.journal;

/**
 * The journal cannot be used: locked by another process, damaged before its last record, written by
 * a newer format, or created from a different export. The message names the journal file and says
 * what to do; it never carries a secret.
 */
public class JournalException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}. */
  public JournalException(String message) {
    super(message);
  }

  /** A problem caused by an I/O error. */
  public JournalException(String message, Throwable cause) {
    super(message, cause);
  }
}
