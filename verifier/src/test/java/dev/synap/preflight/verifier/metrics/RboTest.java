package dev.synap.preflight.verifier.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RBO_ext (Webber et al. 2010, eq. 32) against values worked by hand:
 *
 * <ul>
 *   <li>[a,b] vs [b,a], p = 0.9: X1 = 0, X2 = 2; (1-p)/p · (0 + 2/2 · 0.81) + 2/2 · 0.81 = 0.09 +
 *       0.81 = 0.9.
 *   <li>[a,b,c] vs [a,x,b], p = 0.9: X1 = 1, X2 = 1, X3 = 2; sum = 0.9 + 0.405 + 2/3 · 0.729 =
 *       1.791; 0.1111… · 1.791 + 2/3 · 0.729 = 0.199 + 0.486 = 0.685.
 *   <li>[a] vs [a,b] (uneven, s = 1, l = 2): sum = 1 · 0.9 + 1/2 · 0.81 + 1 · 1/2 · 0.81 = 1.71;
 *       0.1111… · 1.71 + (0/2 + 1/1) · 0.81 = 0.19 + 0.81 = 1.0 (the short list agrees with all it
 *       has).
 *   <li>[a,b] vs [c,a,b], p = 0.5: s = 2, l = 3; X1 = 0, X2 = 1, X3 = 2, X_s = 1; sum = 0 + 1/2 ·
 *       0.25 + 2/3 · 0.125 + 1 · 1/6 · 0.125 = 0.125 + 0.08333 + 0.02083 = 0.22917; (1-p)/p = 1;
 *       tail = ((2-1)/3 + 1/2) · 0.125 = 0.10417; total 0.33333.
 * </ul>
 */
class RboTest {
  @Test
  void swappedPair() {
    assertThat(Rbo.extrapolated(List.of("a", "b"), List.of("b", "a"), 0.9))
        .isCloseTo(0.9, within(1e-12));
  }

  @Test
  void threeDeep() {
    double expected = (0.1 / 0.9) * (0.9 + 0.405 + 2.0 / 3 * 0.729) + 2.0 / 3 * 0.729;
    assertThat(expected).isCloseTo(0.685, within(5e-4));
    assertThat(Rbo.extrapolated(List.of("a", "b", "c"), List.of("a", "x", "b"), 0.9))
        .isCloseTo(expected, within(1e-12));
  }

  @Test
  void unevenLengths() {
    assertThat(Rbo.extrapolated(List.of("a"), List.of("a", "b"), 0.9))
        .isCloseTo(1.0, within(1e-12));
    assertThat(Rbo.extrapolated(List.of("a", "b"), List.of("c", "a", "b"), 0.5))
        .isCloseTo(1.0 / 3, within(1e-12));
    assertThat(Rbo.extrapolated(List.of("c", "a", "b"), List.of("a", "b"), 0.5))
        .isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void identicalDisjointAndEmpty() {
    List<String> ten = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    assertThat(Rbo.extrapolated(ten, ten, 0.9)).isCloseTo(1.0, within(1e-12));
    assertThat(Rbo.extrapolated(List.of("a", "b"), List.of("c", "d"), 0.9)).isEqualTo(0.0);
    assertThat(Rbo.extrapolated(List.of(), List.of(), 0.9)).isEqualTo(1.0);
    assertThat(Rbo.extrapolated(List.of("a"), List.of(), 0.9)).isEqualTo(0.0);
    assertThat(Rbo.extrapolated(List.of("a", "a", "b"), List.of("a", "b"), 0.9))
        .isCloseTo(1.0, within(1e-12));
  }

  @Test
  void topWeightedAgreementCountsMore() {
    double topAgrees = Rbo.extrapolated(List.of("a", "b", "c"), List.of("a", "c", "b"), 0.9);
    double bottomAgrees = Rbo.extrapolated(List.of("a", "b", "c"), List.of("b", "a", "c"), 0.9);
    assertThat(topAgrees).isGreaterThan(bottomAgrees);
  }

  @Test
  void persistenceMustBeInsideTheUnitInterval() {
    assertThatThrownBy(() -> Rbo.extrapolated(List.of("a"), List.of("a"), 1.0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
