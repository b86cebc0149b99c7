package dev.synap.preflight.standin.store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One valid document as the service received it (a {@code CreateMemoryRequest}).
 *
 * @param document the text (an object document is kept as its JSON text)
 * @param documentType one of the SDK's document types
 * @param documentId the client's id, or null to have one assigned
 * @param documentCreatedAt the client's ISO-8601 creation time, or null
 * @param userId the external user id, or null
 * @param customerId the external customer id, or null
 * @param mode {@code long-range} or {@code fast}
 * @param metadata stored, never indexed or echoed
 * @param scope the scope derived from the ids
 */
public record Submission(
    String document,
    String documentType,
    String documentId,
    String documentCreatedAt,
    String userId,
    String customerId,
    String mode,
    JsonNode metadata,
    ScopeKey scope) {}
