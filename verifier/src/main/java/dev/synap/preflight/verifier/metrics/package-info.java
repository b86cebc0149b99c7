/**
 * Retrieval metrics, pure functions of rankings: recall@k, known-item hit, Jaccard, rank-biased
 * overlap (RBO, extrapolated), latency percentiles and percentile-bootstrap confidence intervals of
 * means with a seeded generator (same seed, same interval).
 */
package dev.synap.preflight.verifier.metrics;
