package dev.synap.preflight.verifier.ir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.synap.preflight.verifier.trec.RunEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The six measures on hand-computed cases, including the ones trec_eval treats specially. */
class QueryMeasuresTest {
  private static final double E = 1e-12;
  private static final double L3 = Math.log(3) / Math.log(2);
  private static final double L4 = 2;
  private static final double L5 = Math.log(5) / Math.log(2);

  @Test
  void twoRelevantAtRanksTwoAndFour() {
    QueryMeasures m = QueryMeasures.of(List.of("a", "r1", "b", "r2", "c"), List.of("r1", "r2"), 10);
    assertThat(m.success1()).isZero();
    assertThat(m.success5()).isEqualTo(1);
    assertThat(m.successK()).isEqualTo(1);
    assertThat(m.recall()).isEqualTo(1);
    assertThat(m.rr()).isEqualTo(0.5);
    // DCG = 1/log2(3) + 1/log2(5); IDCG = 1 + 1/log2(3)
    assertThat(m.ndcg()).isCloseTo((1 / L3 + 1 / L5) / (1 + 1 / L3), within(E));
  }

  @Test
  void fewerThanKItemsAndMoreRelevantThanRetrieved() {
    // 3 relevant, 2 retrieved, one of them relevant at rank 1; k = 10
    QueryMeasures m = QueryMeasures.of(List.of("r1", "x"), List.of("r1", "r2", "r3"), 10);
    assertThat(m.success1()).isEqualTo(1);
    assertThat(m.recall()).isCloseTo(1.0 / 3, within(E));
    assertThat(m.rr()).isEqualTo(1);
    assertThat(m.ndcg()).isCloseTo(1 / (1 + 1 / L3 + 1 / L4), within(E));
  }

  @Test
  void noRelevantDocumentReturnedOrNothingReturned() {
    for (List<String> ranking : List.of(List.of("x", "y", "z"), List.<String>of())) {
      QueryMeasures m = QueryMeasures.of(ranking, List.of("r1"), 10);
      assertThat(m.values()).containsOnly(0.0);
    }
  }

  @Test
  void theCutOffBoundsSuccessRecallAndNdcgButNotTheReciprocalRank() {
    // the only relevant document at rank 4, k = 3
    QueryMeasures m = QueryMeasures.of(List.of("a", "b", "c", "r1"), List.of("r1"), 3);
    assertThat(m.success5()).isEqualTo(1);
    assertThat(m.successK()).isZero();
    assertThat(m.recall()).isZero();
    assertThat(m.ndcg()).isZero();
    assertThat(m.rr()).isEqualTo(0.25);
    // the ideal ranking is cut at k too: 5 relevant, k = 2, both retrieved relevant → nDCG 1
    assertThat(
            QueryMeasures.of(List.of("r1", "r2"), List.of("r1", "r2", "r3", "r4", "r5"), 2).ndcg())
        .isCloseTo(1, within(E));
  }

  @Test
  void tiesAreOrderedAsTrecEvalDoesScoreThenDocnoBothDescending() {
    // equal scores (also once rounded to the six decimals of the run file): docno descending,
    // whatever the rank column says
    List<RunEntry> run =
        List.of(
            new RunEntry("q", "d-a", 1, 2.0000001),
            new RunEntry("q", "d-c", 2, 2.0000002),
            new RunEntry("q", "d-b", 3, 2.0),
            new RunEntry("q", "d-z", 4, 1.5));
    List<String> order = TrecOrder.rank(run);
    assertThat(order).containsExactly("d-c", "d-b", "d-a", "d-z");
    QueryMeasures m = QueryMeasures.of(order, List.of("d-a"), 10);
    assertThat(m.rr()).isCloseTo(1.0 / 3, within(E));
    assertThat(m.success1()).isZero();
    assertThat(m.ndcg()).isCloseTo(1 / L4, within(E));
  }

  @Test
  void aDocumentListedTwiceCountsOnceAtItsBestRank() {
    List<RunEntry> run =
        List.of(
            new RunEntry("q", "r1", 1, 3),
            new RunEntry("q", "x", 2, 2),
            new RunEntry("q", "r1", 3, 1));
    List<String> order = TrecOrder.rank(run);
    assertThat(order).containsExactly("r1", "x");
    QueryMeasures m = QueryMeasures.of(order, List.of("r1", "r2"), 10);
    assertThat(m.recall()).isEqualTo(0.5);
    assertThat(m.ndcg()).isCloseTo(1 / (1 + 1 / L3), within(E));
  }
}
