package dev.synap.preflight.loader.plan;

/**
 * What planning went through so far.
 *
 * @param read documents read from the export (within the sample)
 * @param planned documents put into batches
 * @param resent of those, documents that were in flight before
 * @param alreadyAnswered documents the journal already has an answer for (not sent again)
 * @param skipped documents not sent: no id, or an id repeated in the export
 * @param batches batches produced
 * @param unchanged documents a catch-up leaves out: the same as the previous load sent them (0 for
 *     a plain load)
 */
public record PlanCounts(
    long read,
    long planned,
    long resent,
    long alreadyAnswered,
    long skipped,
    long batches,
    long unchanged) {

  /** Counts of a plain load (nothing unchanged). */
  public PlanCounts(
      long read, long planned, long resent, long alreadyAnswered, long skipped, long batches) {
    this(read, planned, resent, alreadyAnswered, skipped, batches, 0);
  }
}
