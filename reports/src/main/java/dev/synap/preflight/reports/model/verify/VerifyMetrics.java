package dev.synap.preflight.reports.model.verify;

import java.util.Map;

/**
 * The run in numbers. Means leave out queries where a metric is undefined (failed fetches, empty
 * baselines; non-known-item queries for the hit rate).
 *
 * @param queries queries replayed
 * @param errors queries whose fetch failed
 * @param items items Synap returned in all
 * @param leaks scope leaks in all
 * @param recall mean recall@k of the baseline
 * @param knownItem known-item hit rate
 * @param jaccard mean Jaccard@k
 * @param rbo mean rank-biased overlap (extrapolated, p = 0.9)
 * @param latencyP50Millis median fetch latency (nearest rank), or null without queries
 * @param latencyP95Millis 95th percentile, or null
 * @param latencyMaxMillis maximum, or null
 * @param replayMillis wall-clock time of the replay (every fetch, attribution and evaluation), so
 *     that queries / replayMillis is the run's throughput
 * @param attributionMethods items per attribution method ({@code journal}, {@code
 *     source-document-id}, {@code content}, {@code none}), in key order
 */
public record VerifyMetrics(
    int queries,
    int errors,
    int items,
    int leaks,
    Interval recall,
    Interval knownItem,
    Interval jaccard,
    Interval rbo,
    Double latencyP50Millis,
    Double latencyP95Millis,
    Double latencyMaxMillis,
    long replayMillis,
    Map<String, Integer> attributionMethods) {
  public VerifyMetrics {
    attributionMethods = Lists.sorted(attributionMethods);
  }
}
