package dev.synap.preflight.loader.plan;

/**
 * How to cut the export into batches.
 *
 * @param batchSize documents per batch, 1 to {@link #MAX_BATCH}
 * @param sample load only the first this many documents of the export (0: all)
 */
public record PlanOptions(int batchSize, long sample) {
  /** Synap's batch endpoint takes at most 100 documents a call. */
  public static final int MAX_BATCH = 100;

  /** Checks the ranges. */
  public PlanOptions {
    if (batchSize < 1 || batchSize > MAX_BATCH) {
      throw new IllegalArgumentException(
          "batch size must be 1 to " + MAX_BATCH + " (Synap's limit), got " + batchSize);
    }
    if (sample < 0) {
      throw new IllegalArgumentException("sample must be 0 (all) or more, got " + sample);
    }
  }
}
