package dev.synap.preflight.rules.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One document as Synap's {@code CreateMemoryRequest} would carry it, mapped from a source record
 * by a profile. Values are kept as found: a field of the wrong JSON type is rendered as its JSON
 * text (so the checks can say what was there) and a missing field is {@code null}.
 *
 * @param documentId the idempotency id ({@code document_id}); integral numbers are rendered as text
 * @param document the document text; an object-valued document is its JSON serialization
 * @param documentType Synap document type, or null when the record has none
 * @param createdAt {@code document_created_at} exactly as written in the source (not parsed)
 * @param userId external user id, or null
 * @param customerId external customer id, or null
 * @param mode ingest mode, or null
 * @param metadata the metadata value as found (any JSON type), or null when absent
 */
public record MemoryDocument(
    String documentId,
    String document,
    String documentType,
    String createdAt,
    String userId,
    String customerId,
    String mode,
    JsonNode metadata) {}
