package dev.synap.preflight.reports.model.verify;

/**
 * One metric, both runs side by side.
 *
 * @param id e.g. {@code success@1}, {@code recall@10}, {@code mrr}, {@code ndcg@10}
 * @param trecEval trec_eval's name for it, e.g. {@code success_1}, {@code recip_rank}, {@code
 *     ndcg_cut_10}
 * @param synap Synap's mean with its bootstrap interval
 * @param baseline the BM25 baseline's
 * @param difference mean of Synap − baseline over the paired queries, or null with none
 * @param pValue two-sided paired randomization test p-value of the difference, or null with none
 */
public record RetrievalMetric(
    String id,
    String trecEval,
    Interval synap,
    Interval baseline,
    Double difference,
    Double pValue) {}
