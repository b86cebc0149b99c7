package dev.synap.preflight.verifier.index;

/**
 * One baseline search result.
 *
 * @param documentId the export's document id
 * @param score the BM25 score
 * @param rank 1-based rank
 */
public record Hit(String documentId, float score, int rank) {}
