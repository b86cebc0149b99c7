package dev.synap.preflight.verifier.ir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The paired randomization test: its extremes, its symmetry, its seed, and a known case. */
class RandomizationTestTest {

  @Test
  void identicalSystemsGiveOne() {
    double[] a = {0.1, 0.5, 1, 0, 0.3};
    assertThat(RandomizationTest.pValue(a, a.clone(), 1000, 1)).isEqualTo(1.0);
  }

  @Test
  void aConsistentLargeDifferenceGivesTheSmallestPossibleValue() {
    double[] a = new double[40];
    double[] b = new double[40];
    java.util.Arrays.fill(a, 1);
    assertThat(RandomizationTest.pValue(a, b, 10_000, 3)).isEqualTo(1.0 / 10_001);
  }

  @Test
  void isSymmetricAndDeterministicForASeed() {
    SplittableRandom r = new SplittableRandom(5);
    double[] a = new double[100];
    double[] b = new double[100];
    for (int i = 0; i < 100; i++) {
      a[i] = r.nextDouble();
      b[i] = a[i] - 0.05 + 0.2 * (r.nextDouble() - 0.5);
    }
    double p = RandomizationTest.pValue(a, b, 10_000, 42);
    assertThat(RandomizationTest.pValue(a, b, 10_000, 42)).isEqualTo(p);
    assertThat(RandomizationTest.pValue(b, a, 10_000, 42)).isEqualTo(p);
    assertThat(p).isBetween(0.0, 0.05);
  }

  @Test
  void matchesTheExactPermutationDistributionOfASmallCase() {
    // differences 1, 1, 1, -1: the 16 sign patterns give |sum| 4 (2 of them), 2 (8) and 0 (6);
    // the observed |sum| is 2, so the exact p-value is 10/16
    double[] a = {1, 1, 1, 0};
    double[] b = {0, 0, 0, 1};
    assertThat(RandomizationTest.pValue(a, b, 200_000, 9)).isCloseTo(10.0 / 16, within(0.005));
  }
}
