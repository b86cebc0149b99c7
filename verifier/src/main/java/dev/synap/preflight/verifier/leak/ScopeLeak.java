package dev.synap.preflight.verifier.leak;

import dev.synap.preflight.verifier.attribution.Attribution;
import dev.synap.preflight.verifier.replay.FetchedItem;
import dev.synap.preflight.verifier.scope.DocumentScope;
import dev.synap.preflight.verifier.scope.QueryScope;

/**
 * One item Synap returned to a scope that may not see its source document.
 *
 * @param queryId the query
 * @param scope the scope the query was asked in
 * @param item the returned item
 * @param documentId the document it was attributed to
 * @param owner where that document lives
 * @param attribution how it was attributed (method, confidence, evidence)
 */
public record ScopeLeak(
    String queryId,
    QueryScope scope,
    FetchedItem item,
    String documentId,
    DocumentScope owner,
    Attribution attribution) {

  /** One line for logs and summaries, e.g. {@code s0003: item m9 from user u2 shown to user u1}. */
  public String describe() {
    return queryId
        + ": item "
        + item.id()
        + " from document "
        + documentId
        + " ("
        + owner.describe()
        + ") returned to "
        + scope.describe()
        + " ["
        + attribution.method().id()
        + "]";
  }
}
