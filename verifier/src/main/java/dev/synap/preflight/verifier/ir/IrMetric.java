package dev.synap.preflight.verifier.ir;

import dev.synap.preflight.verifier.metrics.MeanInterval;
import java.util.List;

/**
 * One metric of a group of labelled queries, both runs side by side.
 *
 * @param id the metric, e.g. {@code success@1}, {@code recall@10}, {@code mrr}, {@code ndcg@10}
 * @param trecEval the measure trec_eval prints for it, e.g. {@code success_1}, {@code recip_rank}
 * @param synap Synap's mean with its bootstrap interval
 * @param baseline the BM25 baseline's
 * @param difference mean of Synap − baseline over the paired queries
 * @param pValue two-sided paired randomization test of the difference (NaN with no query)
 */
public record IrMetric(
    String id,
    String trecEval,
    MeanInterval synap,
    MeanInterval baseline,
    double difference,
    double pValue) {

  /** The metrics' ids for cut-off k, in report order. */
  public static List<String> ids(int k) {
    return List.of("success@1", "success@5", "success@" + k, "recall@" + k, "mrr", "ndcg@" + k);
  }

  /** trec_eval's measure names for cut-off k, in report order. */
  public static List<String> trecEvalNames(int k) {
    return List.of(
        "success_1", "success_5", "success_" + k, "recall_" + k, "recip_rank", "ndcg_cut_" + k);
  }
}
