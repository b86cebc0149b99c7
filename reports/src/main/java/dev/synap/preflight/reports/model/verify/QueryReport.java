package dev.synap.preflight.reports.model.verify;

import java.util.List;

/**
 * One query side by side.
 *
 * @param id the query id (TREC topic id)
 * @param text the search text
 * @param scope the scope it was asked in (the fetch route)
 * @param expectedDocumentIds the known items it must find (may be empty)
 * @param sampled whether the sampler made it
 * @param baseline the baseline's top k among the documents the scope may see
 * @param items Synap's items, attributed, in Synap's order
 * @param recall recall@k of the baseline, or null (fetch error, empty baseline)
 * @param knownItemHit whether an expected document is in Synap's top k; null when not a known-item
 *     query or on error
 * @param baselineKnownItemHit the same for the baseline; null when not a known-item query
 * @param jaccard Jaccard of the two top-k sets, or null
 * @param rbo rank-biased overlap of the two rankings, or null
 * @param latencyMillis wall time of the fetch
 * @param error why the fetch failed, or null
 */
public record QueryReport(
    String id,
    String text,
    ScopeRef scope,
    List<String> expectedDocumentIds,
    boolean sampled,
    List<BaselineHit> baseline,
    List<SynapItem> items,
    Double recall,
    Boolean knownItemHit,
    Boolean baselineKnownItemHit,
    Double jaccard,
    Double rbo,
    double latencyMillis,
    String error) {
  public QueryReport {
    expectedDocumentIds = Lists.copy(expectedDocumentIds);
    baseline = Lists.copy(baseline);
    items = Lists.copy(items);
  }

  /**
   * One baseline hit.
   *
   * @param rank 1-based rank
   * @param documentId the export's document id
   * @param score the BM25 score
   * @param returned whether Synap's answer was attributed to this document
   */
  public record BaselineHit(int rank, String documentId, double score, boolean returned) {}
}
