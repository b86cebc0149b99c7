package dev.synap.preflight.loader.journal;

/**
 * An append to a journal that was already closed, because the run stopped (another thread failed)
 * or an earlier write failed. A consequence, never the cause, of a stopped run.
 */
public final class JournalClosedException extends JournalException {
  private static final long serialVersionUID = 1L;

  JournalClosedException(String message) {
    super(message);
  }
}
