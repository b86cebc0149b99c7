package dev.synap.preflight.verifier.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile-bootstrap confidence intervals of a mean: {@code resamples} resamples with replacement
 * drawn from a {@link SplittableRandom} seeded with {@code seed}, the interval being the {@code
 * (1-level)/2} and {@code (1+level)/2} nearest-rank percentiles of the resampled means.
 * Deterministic for a seed.
 */
public final class Bootstrap {
  private final int resamples;
  private final long seed;
  private final double level;

  public Bootstrap(int resamples, long seed, double level) {
    if (resamples < 1 || !(level > 0 && level < 1)) {
      throw new IllegalArgumentException("need resamples >= 1 and 0 < level < 1");
    }
    this.resamples = resamples;
    this.seed = seed;
    this.level = level;
  }

  /** 2,000 resamples, 95%. */
  public static Bootstrap standard(long seed) {
    return new Bootstrap(2000, seed, 0.95);
  }

  /** The mean of {@code values} (NaN values are left out) and its interval. */
  public MeanInterval mean(double[] values) {
    double[] v = Arrays.stream(values).filter(d -> !Double.isNaN(d)).toArray();
    if (v.length == 0) {
      return new MeanInterval(Double.NaN, Double.NaN, Double.NaN, 0, level);
    }
    double mean = Arrays.stream(v).average().orElseThrow();
    SplittableRandom random = new SplittableRandom(seed);
    double[] means = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      double sum = 0;
      for (int i = 0; i < v.length; i++) {
        sum += v[random.nextInt(v.length)];
      }
      means[r] = sum / v.length;
    }
    double alpha = (1 - level) / 2;
    double low = alpha <= 0 ? means[0] : Percentiles.nearestRank(means, Math.max(alpha, 1e-12));
    double high = Percentiles.nearestRank(means, 1 - alpha);
    return new MeanInterval(mean, low, high, v.length, level);
  }
}
