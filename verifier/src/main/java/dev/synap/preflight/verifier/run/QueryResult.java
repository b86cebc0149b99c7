package dev.synap.preflight.verifier.run;

import dev.synap.preflight.verifier.index.Hit;
import dev.synap.preflight.verifier.leak.ScopeLeak;
import dev.synap.preflight.verifier.query.VerifyQuery;
import java.util.List;

/**
 * One query, side by side.
 *
 * @param query the query
 * @param baseline the baseline's top k among the documents the scope may see
 * @param items Synap's items, attributed
 * @param synapRanking the documents Synap's items were attributed to, first occurrence, in order
 * @param recall recall@k of the baseline in {@code synapRanking} (NaN on error or empty baseline)
 * @param knownItemHit for a known-item query: whether an expected document is in Synap's top k;
 *     null otherwise or on error
 * @param baselineKnownItemHit the same for the baseline (a sanity check of the query); null when
 *     not a known-item query
 * @param jaccard Jaccard of the two top-k sets (NaN on error)
 * @param rbo RBO_ext, p = 0.9, of the two rankings (NaN on error)
 * @param latencyMillis the fetch's wall time
 * @param error why the fetch failed, or null
 * @param leaks the scope leaks among the items
 */
public record QueryResult(
    VerifyQuery query,
    List<Hit> baseline,
    List<AttributedItem> items,
    List<String> synapRanking,
    double recall,
    Boolean knownItemHit,
    Boolean baselineKnownItemHit,
    double jaccard,
    double rbo,
    double latencyMillis,
    String error,
    List<ScopeLeak> leaks) {
  public QueryResult {
    baseline = List.copyOf(baseline);
    items = List.copyOf(items);
    synapRanking = List.copyOf(synapRanking);
    leaks = List.copyOf(leaks);
  }
}
