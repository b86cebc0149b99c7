package dev.synap.preflight.synap.wire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Answer to {@code GET /api/v1/memories/status/{ingestion_id}} (the SDK's {@code
 * MemoryStatusResponse}).
 *
 * @param ingestionId the ingestion id
 * @param documentId the document it ingests
 * @param status current state
 * @param queuedAt when it was queued, or null
 * @param startedAt when processing started, or null
 * @param completedAt when it reached a terminal state, or null
 * @param memoriesCreated number of memories extracted
 * @param memoryIds ids usable with {@code get} and {@code delete} (never null)
 * @param errorMessage why it failed, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IngestionStatus(
    String ingestionId,
    String documentId,
    IngestStatus status,
    OffsetDateTime queuedAt,
    OffsetDateTime startedAt,
    OffsetDateTime completedAt,
    int memoriesCreated,
    List<String> memoryIds,
    String errorMessage) {

  /** Replaces missing values with the SDK defaults. */
  public IngestionStatus {
    status = status == null ? IngestStatus.UNKNOWN : status;
    memoryIds = memoryIds == null ? List.of() : List.copyOf(memoryIds);
  }

  /** True when the status will not change any more. */
  @JsonIgnore
  public boolean isTerminal() {
    return status.isTerminal();
  }
}
