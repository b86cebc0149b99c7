/**
 * IR metrics of a labelled query set, defined as {@code trec_eval} (9.0.8 and later) computes them
 * on the run and qrels files the verifier writes: success@1/5/k, recall@k, reciprocal rank and
 * nDCG@k with binary gains, per query and as means with bootstrap intervals, for Synap and the BM25
 * baseline; the paired difference with a seeded two-sided randomization test; the same per tag.
 * {@link dev.synap.preflight.verifier.ir.TrecOrder} orders a run as trec_eval reads it (score as
 * written, descending; ties by document id, descending).
 */
package dev.synap.preflight.verifier.ir;
