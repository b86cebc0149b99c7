package dev.synap.preflight.reports.model.verify;

/**
 * One item Synap returned to a scope that may not see its source document.
 *
 * @param queryId the query
 * @param scope the scope the query was asked in
 * @param itemId the returned item's id
 * @param itemType the context list it came from
 * @param documentId the document it was attributed to
 * @param owner where that document lives
 * @param method how it was attributed ({@code journal}, {@code source-document-id}, {@code
 *     content})
 * @param confidence the attribution's confidence, 0..1
 * @param evidence the attribution's evidence, human readable
 */
public record VerifyLeak(
    String queryId,
    ScopeRef scope,
    String itemId,
    String itemType,
    String documentId,
    ScopeRef owner,
    String method,
    double confidence,
    String evidence) {}
