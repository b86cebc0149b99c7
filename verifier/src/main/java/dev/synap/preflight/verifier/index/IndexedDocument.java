package dev.synap.preflight.verifier.index;

import dev.synap.preflight.verifier.scope.DocumentScope;

/**
 * A document as the baseline holds it.
 *
 * @param documentId the export's document id
 * @param scope the scope it lands in on the index's instance
 * @param userId the export's {@code user_id}, or null
 * @param customerId the export's {@code customer_id}, or null
 * @param text the document text
 */
public record IndexedDocument(
    String documentId, DocumentScope scope, String userId, String customerId, String text) {}
