package dev.synap.preflight.verifier.ir;

import java.util.SplittableRandom;

/**
 * The two-sided paired randomization (permutation) test of a difference of means, as ranx and
 * Smucker et al. (CIKM 2007) run it: under the null hypothesis the two systems' scores of a query
 * are exchangeable, so each permutation swaps every pair with probability 1/2 (flips the sign of
 * its difference). The p-value is (1 + permutations with |mean difference| ≥ the observed one) / (1
 * + permutations), never 0. Deterministic for a seed.
 */
public final class RandomizationTest {
  /** The number of permutations the verifier runs. */
  public static final int PERMUTATIONS = 10_000;

  private static final double EPSILON = 1e-12;

  private RandomizationTest() {}

  /**
   * @param a the first system's per-query scores
   * @param b the second system's, paired by index
   * @return the p-value, or NaN with no pairs
   */
  public static double pValue(double[] a, double[] b, int permutations, long seed) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("paired scores need equal lengths");
    }
    int n = a.length;
    if (n == 0) {
      return Double.NaN;
    }
    double[] d = new double[n];
    double observed = 0;
    for (int i = 0; i < n; i++) {
      d[i] = a[i] - b[i];
      observed += d[i];
    }
    observed = Math.abs(observed);
    SplittableRandom random = new SplittableRandom(seed);
    int atLeast = 0;
    for (int p = 0; p < permutations; p++) {
      double sum = 0;
      long bits = 0;
      for (int i = 0; i < n; i++) {
        if ((i & 63) == 0) {
          bits = random.nextLong();
        }
        sum += (bits & 1) == 0 ? d[i] : -d[i];
        bits >>>= 1;
      }
      if (Math.abs(sum) >= observed - EPSILON) {
        atLeast++;
      }
    }
    return (atLeast + 1.0) / (permutations + 1.0);
  }
}
