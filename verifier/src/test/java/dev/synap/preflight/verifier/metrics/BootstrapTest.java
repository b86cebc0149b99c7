package dev.synap.preflight.verifier.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BootstrapTest {
  private static final double[] VALUES = {1, 0, 1, 1, 0.5, 1, 0, 1, 1, 0.75, Double.NaN};

  @Test
  void sameSeedSameIntervalOtherSeedOtherInterval() {
    MeanInterval a = new Bootstrap(500, 7L, 0.95).mean(VALUES);
    assertThat(new Bootstrap(500, 7L, 0.95).mean(VALUES)).isEqualTo(a);
    MeanInterval b = new Bootstrap(500, 8L, 0.95).mean(VALUES);
    assertThat(b.mean()).isEqualTo(a.mean());
    assertThat(b).isNotEqualTo(a);
  }

  @Test
  void meanLeavesOutNaNAndIntervalBracketsIt() {
    MeanInterval m = Bootstrap.standard(1L).mean(VALUES);
    assertThat(m.n()).isEqualTo(10);
    assertThat(m.mean()).isCloseTo(7.25 / 10, within(1e-12));
    assertThat(m.low()).isLessThan(m.mean()).isGreaterThanOrEqualTo(0.0);
    assertThat(m.high()).isGreaterThan(m.mean()).isLessThanOrEqualTo(1.0);
    assertThat(m.level()).isEqualTo(0.95);
  }

  @Test
  void constantValuesHaveAZeroWidthInterval() {
    MeanInterval m = Bootstrap.standard(1L).mean(new double[] {0.8, 0.8, 0.8});
    assertThat(m.low()).isCloseTo(0.8, within(1e-12));
    assertThat(m.high()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void noValuesGiveNaN() {
    MeanInterval m = Bootstrap.standard(1L).mean(new double[] {Double.NaN});
    assertThat(m.n()).isZero();
    assertThat(m.mean()).isNaN();
  }

  @Test
  void nearestRankPercentiles() {
    double[] v = {15, 20, 35, 40, 50};
    assertThat(Percentiles.nearestRank(v, 0.05)).isEqualTo(15);
    assertThat(Percentiles.nearestRank(v, 0.30)).isEqualTo(20);
    assertThat(Percentiles.nearestRank(v, 0.40)).isEqualTo(20);
    assertThat(Percentiles.nearestRank(v, 0.50)).isEqualTo(35);
    assertThat(Percentiles.nearestRank(v, 1.0)).isEqualTo(50);
    assertThat(Percentiles.nearestRank(new double[0], 0.5)).isNaN();
  }
}
