package dev.synap.preflight.verifier.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
  @Test
  void recallCountsRelevantDocumentsInTheTopK() {
    List<String> baseline = List.of("a", "b", "c", "d");
    assertThat(RankingMetrics.recallAtK(baseline, List.of("b", "x", "a", "d"), 10)).isEqualTo(0.75);
    assertThat(RankingMetrics.recallAtK(baseline, List.of("x", "y", "a"), 2)).isEqualTo(0.0);
    assertThat(RankingMetrics.recallAtK(List.of(), List.of("a"), 10)).isNaN();
  }

  @Test
  void knownItemHitLooksOnlyAtTheTopK() {
    assertThat(RankingMetrics.hitAtK(List.of("d"), List.of("a", "b", "d"), 3)).isTrue();
    assertThat(RankingMetrics.hitAtK(List.of("d"), List.of("a", "b", "d"), 2)).isFalse();
    assertThat(RankingMetrics.hitAtK(List.of("d"), List.of(), 10)).isFalse();
  }

  @Test
  void jaccardOfTopKSets() {
    // {a,b,c} vs {b,c,d}: 2 shared of 4
    assertThat(RankingMetrics.jaccardAtK(List.of("a", "b", "c"), List.of("c", "d", "b"), 3))
        .isEqualTo(0.5);
    assertThat(RankingMetrics.jaccardAtK(List.of("a", "b"), List.of("b", "a", "z"), 2))
        .isEqualTo(1.0);
    assertThat(RankingMetrics.jaccardAtK(List.of(), List.of(), 5)).isEqualTo(1.0);
    assertThat(RankingMetrics.jaccardAtK(List.of("a"), List.of(), 5)).isEqualTo(0.0);
  }
}
