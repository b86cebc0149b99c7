package dev.synap.preflight.verifier.run;

/**
 * Knobs of a verification run.
 *
 * @param k the cut-off for baseline, recall, Jaccard and RBO (also Synap's {@code max_results};
 *     Synap allows at most 50)
 * @param minRecall gate: mean recall@k must be at least this (0 = off)
 * @param minKnownItem gate: known-item hit rate must be at least this (0 = off)
 * @param concurrency parallel fetches
 * @param seed seed of the bootstrap (and, for the CLI, the sampler)
 */
public record VerifyOptions(
    int k, double minRecall, double minKnownItem, int concurrency, long seed) {
  public VerifyOptions {
    if (k < 1 || k > 50) {
      throw new IllegalArgumentException("k must be between 1 and 50 (Synap's max_results limit)");
    }
    if (!(minRecall >= 0 && minRecall <= 1) || !(minKnownItem >= 0 && minKnownItem <= 1)) {
      throw new IllegalArgumentException("thresholds are between 0 and 1");
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
  }

  /** k = 10, no thresholds, 4 parallel fetches, seed 42. */
  public static VerifyOptions defaults() {
    return new VerifyOptions(10, 0, 0, 4, 42L);
  }
}
