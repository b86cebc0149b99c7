package dev.synap.preflight.verifier.trec;

/**
 * One line of a run file.
 *
 * @param queryId the topic id
 * @param documentId the retrieved document
 * @param rank 1-based rank
 * @param score the score (trec_eval orders by it, so it must fall with rank)
 */
public record RunEntry(String queryId, String documentId, int rank, double score) {}
