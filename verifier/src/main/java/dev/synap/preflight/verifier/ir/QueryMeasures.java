package dev.synap.preflight.verifier.ir;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One query's measures against its relevant documents (binary relevance), as trec_eval defines them
 * on a ranking already in trec_eval's order ({@link TrecOrder}):
 *
 * <ul>
 *   <li>{@code success@n} ({@code success.n}): 1 if a relevant document is among the first n;
 *   <li>{@code recall@k} ({@code recall.k}): relevant documents among the first k / relevant
 *       documents;
 *   <li>reciprocal rank ({@code recip_rank}): 1 / rank of the first relevant document, 0 if none;
 *   <li>{@code nDCG@k} ({@code ndcg_cut.k}): sum over relevant ranks r ≤ k of 1 / log2(r + 1),
 *       divided by the same sum over ranks 1..min(k, relevant documents).
 * </ul>
 *
 * A ranking with fewer than k documents is simply shorter; an empty one scores 0 everywhere.
 */
public record QueryMeasures(
    double success1, double success5, double successK, double recall, double rr, double ndcg) {

  /** The measures in the order of {@link IrMetric#ids}. */
  public double[] values() {
    return new double[] {success1, success5, successK, recall, rr, ndcg};
  }

  /**
   * @param ranking document ids, best first, each once
   * @param relevant the relevant documents (at least one)
   * @param k the cut-off of success@k, recall@k and nDCG@k
   */
  public static QueryMeasures of(List<String> ranking, Collection<String> relevant, int k) {
    Set<String> rel = new HashSet<>(relevant);
    if (rel.isEmpty()) {
      throw new IllegalArgumentException("a labelled query needs at least one relevant document");
    }
    int firstRelevant = 0;
    int foundInK = 0;
    double dcg = 0;
    for (int i = 0; i < ranking.size(); i++) {
      if (!rel.contains(ranking.get(i))) {
        continue;
      }
      if (firstRelevant == 0) {
        firstRelevant = i + 1;
      }
      if (i < k) {
        foundInK++;
        dcg += 1 / log2(i + 2);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(k, rel.size()); i++) {
      ideal += 1 / log2(i + 2);
    }
    return new QueryMeasures(
        success(firstRelevant, 1),
        success(firstRelevant, 5),
        success(firstRelevant, k),
        (double) foundInK / rel.size(),
        firstRelevant == 0 ? 0 : 1.0 / firstRelevant,
        dcg / ideal);
  }

  private static double success(int firstRelevant, int n) {
    return firstRelevant > 0 && firstRelevant <= n ? 1 : 0;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
