package dev.synap.preflight.verifier.run;

import dev.synap.preflight.verifier.metrics.MeanInterval;
import java.util.Map;

/**
 * The run in numbers. Means leave out queries where the metric is undefined (fetch errors, empty
 * baselines, non-known-item queries for the hit rate).
 *
 * @param queries queries replayed
 * @param errors queries whose fetch failed
 * @param recall mean recall@k with its bootstrap interval
 * @param knownItem known-item hit rate with its interval
 * @param jaccard mean Jaccard@k
 * @param rbo mean RBO_ext (p = 0.9)
 * @param latencyP50Millis median fetch latency (nearest rank), over all queries
 * @param latencyP95Millis 95th percentile
 * @param latencyMaxMillis maximum
 * @param items items returned in all
 * @param attributionMethods items per attribution method id ({@code journal}, ... {@code none})
 * @param leaks scope leaks in all
 */
public record Summary(
    int queries,
    int errors,
    MeanInterval recall,
    MeanInterval knownItem,
    MeanInterval jaccard,
    MeanInterval rbo,
    double latencyP50Millis,
    double latencyP95Millis,
    double latencyMaxMillis,
    int items,
    Map<String, Integer> attributionMethods,
    int leaks) {
  public Summary {
    attributionMethods = Map.copyOf(attributionMethods);
  }
}
