package dev.synap.preflight.verifier.metrics;

import java.util.Arrays;

/** Nearest-rank percentiles: the smallest value with at least q of the values at or below it. */
public final class Percentiles {
  private Percentiles() {}

  /** The {@code q}-quantile (0 < q <= 1) of {@code values}; NaN when there are none. */
  public static double nearestRank(double[] values, double q) {
    if (!(q > 0 && q <= 1)) {
      throw new IllegalArgumentException("quantile must be in (0, 1]");
    }
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(1, rank) - 1];
  }
}
