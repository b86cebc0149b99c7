package dev.synap.preflight.synap.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/**
 * Answer to {@code GET /api/v1/memories/{memory_id}}: one extracted memory.
 *
 * @param memoryId the memory id
 * @param memoryType {@code fact}, {@code preference}, {@code episode}, {@code emotion} or {@code
 *     temporal_event}
 * @param content the memory text
 * @param confidence 0 to 1, or null when absent
 * @param category category, or null
 * @param subcategory subcategory, or null
 * @param createdAt creation time, or null
 * @param updatedAt last update, or null
 * @param sourceDocumentId the {@code document_id} it was extracted from, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Memory(
    String memoryId,
    String memoryType,
    String content,
    Double confidence,
    String category,
    String subcategory,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    String sourceDocumentId) {}
