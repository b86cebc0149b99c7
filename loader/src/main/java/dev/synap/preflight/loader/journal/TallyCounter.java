package dev.synap.preflight.loader.journal;

/**
 * Document counts kept up to date as states change, so that a progress event or a status read costs
 * nothing however large the load (a {@link Tally} computed from every document on every event would
 * make a load quadratic). Not thread-safe: {@link LoadState} guards it.
 */
final class TallyCounter {
  private long sent;
  private long inFlight;
  private long accepted;
  private long rejected;
  private long byConflict;
  private long completed;
  private long failed;
  private long awaiting;

  /** {@code before} (null for a new document) becomes {@code after}. */
  void replace(DocState before, DocState after) {
    if (before == null) {
      sent++;
    } else {
      count(before, -1);
    }
    count(after, 1);
  }

  /** {@code before} is forgotten (a catch-up sends it again). */
  void remove(DocState before) {
    sent--;
    count(before, -1);
  }

  private void count(DocState d, int sign) {
    switch (d.phase()) {
      case IN_FLIGHT -> inFlight += sign;
      case REJECTED -> rejected += sign;
      case COMPLETED -> completed += sign;
      case FAILED -> failed += sign;
      default -> {}
    }
    if (d.phase() != DocPhase.IN_FLIGHT && d.phase() != DocPhase.REJECTED) {
      accepted += sign;
    }
    if (d.byConflict()) {
      byConflict += sign;
    }
    if (d.awaitsStatus()) {
      awaiting += sign;
    }
  }

  Tally tally(long skipped, long deleted) {
    return new Tally(
        sent,
        inFlight,
        accepted,
        rejected,
        byConflict,
        completed,
        failed,
        awaiting,
        skipped,
        deleted);
  }
}
