package dev.synap.preflight.synap.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/**
 * Answer to {@code DELETE /api/v1/memories/{memory_id}}. Both fields are null when the service
 * answered with an empty body (204 or {@code {}}).
 *
 * @param memoryId the deleted memory
 * @param deletedAt when it was deleted
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeleteMemoryResponse(String memoryId, OffsetDateTime deletedAt) {}
