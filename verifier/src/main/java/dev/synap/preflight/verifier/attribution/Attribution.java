package dev.synap.preflight.verifier.attribution;

import java.util.List;

/**
 * Which document an item came from, and why the verifier thinks so.
 *
 * @param documentId the source document, or null when unattributed
 * @param method how it was found
 * @param confidence 1.0 for the journal and {@code source_document_id}; for content the smaller of
 *     the relative score margin and the term overlap; 0 when unattributed
 * @param candidates for content attribution, the top documents considered (best first)
 * @param evidence a human-readable account (ids, scores, margin)
 */
public record Attribution(
    String documentId,
    AttributionMethod method,
    double confidence,
    List<String> candidates,
    String evidence) {
  public Attribution {
    candidates = List.copyOf(candidates);
  }

  public boolean attributed() {
    return documentId != null;
  }

  static Attribution none(List<String> candidates, String evidence) {
    return new Attribution(null, AttributionMethod.NONE, 0, candidates, evidence);
  }
}
