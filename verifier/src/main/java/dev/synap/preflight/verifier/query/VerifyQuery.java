package dev.synap.preflight.verifier.query;

import dev.synap.preflight.verifier.scope.QueryScope;
import java.util.List;

/**
 * One query to replay.
 *
 * @param id the query id (TREC topic id): from the file, else {@code q<line>}; sampled {@code s<n>}
 * @param text the search text
 * @param scope the scope it is asked in (chooses the fetch route and the baseline's visible set)
 * @param expectedDocumentIds documents the answer should contain (the relevant documents of a
 *     labelled query, each once); may be empty
 * @param sampled whether the sampler made it (a known-item query for its source document)
 * @param tags labels for per-tag breakdowns (e.g. {@code temporal}, {@code multi-hop}), each once
 * @param origin where the query was read ({@code file:line}), or null for a sampled query
 */
public record VerifyQuery(
    String id,
    String text,
    QueryScope scope,
    List<String> expectedDocumentIds,
    boolean sampled,
    List<String> tags,
    String origin) {
  public VerifyQuery {
    expectedDocumentIds = List.copyOf(new java.util.LinkedHashSet<>(expectedDocumentIds));
    tags = List.copyOf(new java.util.LinkedHashSet<>(tags));
  }

  /** A query without tags or origin. */
  public VerifyQuery(
      String id, String text, QueryScope scope, List<String> expectedDocumentIds, boolean sampled) {
    this(id, text, scope, expectedDocumentIds, sampled, List.of(), null);
  }

  /** Whether the query names documents it must find. */
  public boolean knownItem() {
    return !expectedDocumentIds.isEmpty();
  }
}
