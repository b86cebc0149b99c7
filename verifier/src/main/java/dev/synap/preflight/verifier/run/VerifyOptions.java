package dev.synap.preflight.verifier.run;

/**
 * Knobs of a verification run.
 *
 * @param k the cut-off for baseline, recall, Jaccard and RBO (also Synap's {@code max_results};
 *     Synap allows at most 50)
 * @param minRecall gate: mean recall@k must be at least this (0 = off)
 * @param minKnownItem gate: known-item hit rate must be at least this (0 = off)
 * @param concurrency parallel fetches
 * @param seed seed of the bootstrap, the randomization test (and, for the CLI, the sampler)
 * @param minCoverage gate, with a journal only: the share of export documents the journal shows
 *     loaded with at least one memory must be at least this (1.0 = every document; 0 = off)
 */
public record VerifyOptions(
    int k, double minRecall, double minKnownItem, int concurrency, long seed, double minCoverage) {
  public VerifyOptions {
    if (!(minCoverage >= 0 && minCoverage <= 1)) {
      throw new IllegalArgumentException("--min-coverage is between 0 and 1");
    }
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

  /** With coverage gated at its default, 1.0 (every document must be loaded). */
  public VerifyOptions(int k, double minRecall, double minKnownItem, int concurrency, long seed) {
    this(k, minRecall, minKnownItem, concurrency, seed, 1.0);
  }

  /** k = 10, no recall or known-item thresholds, coverage 1.0, 4 parallel fetches, seed 42. */
  public static VerifyOptions defaults() {
    return new VerifyOptions(10, 0, 0, 4, 42L);
  }
}
