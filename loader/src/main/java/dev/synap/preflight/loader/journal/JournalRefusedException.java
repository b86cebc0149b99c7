package dev.synap.preflight.loader.journal;

/**
 * The journal is fine but may not be used by this run: it belongs to another export or profile, or
 * another process holds it. A usage problem (exit 2), not damage.
 */
public final class JournalRefusedException extends JournalException {
  private static final long serialVersionUID = 1L;

  public JournalRefusedException(String message) {
    super(message);
  }
}
