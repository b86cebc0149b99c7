package dev.synap.preflight.reports.model.verify;

import java.util.List;

/**
 * The metrics of all labelled queries or of those with one tag.
 *
 * @param tag the tag, or null for all labelled queries
 * @param queries how many queries
 * @param metrics success@1, success@5, success@k, recall@k, mrr, ndcg@k, in this order
 */
public record RetrievalGroup(String tag, int queries, List<RetrievalMetric> metrics) {
  public RetrievalGroup {
    metrics = Lists.copy(metrics);
  }
}
