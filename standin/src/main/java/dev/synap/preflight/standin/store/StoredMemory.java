package dev.synap.preflight.standin.store;

/**
 * One memory extracted from a document: what {@code GET /api/v1/memories/{id}} returns and what a
 * fetch ranks.
 *
 * @param memoryId UUID; also the {@code id} of the fetch item
 * @param ingestionId the ingestion that created it
 * @param documentId the source document ({@code source_document_id})
 * @param content the sentence or chat turn
 * @param memoryType {@code fact}, {@code preference}, {@code episode}, {@code emotion} or {@code
 *     temporal_event}
 * @param confidence 0.7–1.0
 * @param category a coarse category, or null
 * @param eventDate ISO-8601 date for temporal events, else null
 * @param scope the document's scope
 * @param createdAt ISO-8601
 */
public record StoredMemory(
    String memoryId,
    String ingestionId,
    String documentId,
    String content,
    String memoryType,
    double confidence,
    String category,
    String eventDate,
    ScopeKey scope,
    String createdAt) {}
