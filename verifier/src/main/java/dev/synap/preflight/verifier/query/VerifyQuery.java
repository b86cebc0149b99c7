package dev.synap.preflight.verifier.query;

import dev.synap.preflight.verifier.scope.QueryScope;
import java.util.List;

/**
 * One query to replay.
 *
 * @param id the query id (TREC topic id): from the file, else {@code q<line>}; sampled {@code s<n>}
 * @param text the search text
 * @param scope the scope it is asked in (chooses the fetch route and the baseline's visible set)
 * @param expectedDocumentIds documents the answer should contain (known items); may be empty
 * @param sampled whether the sampler made it (a known-item query for its source document)
 */
public record VerifyQuery(
    String id, String text, QueryScope scope, List<String> expectedDocumentIds, boolean sampled) {
  public VerifyQuery {
    expectedDocumentIds = List.copyOf(expectedDocumentIds);
  }

  /** Whether the query names documents it must find. */
  public boolean knownItem() {
    return !expectedDocumentIds.isEmpty();
  }
}
