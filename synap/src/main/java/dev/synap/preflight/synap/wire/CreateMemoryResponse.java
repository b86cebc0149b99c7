package dev.synap.preflight.synap.wire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/**
 * Answer to a create, and one item of a batch answer.
 *
 * @param ingestionId the ingestion to poll with {@code status} (a UUID on the real service)
 * @param documentId the document id, the client's or one the service made up
 * @param status normally {@link IngestStatus#QUEUED}; {@link IngestStatus#FAILED} for a rejected
 *     batch item
 * @param queuedAt when the service queued it, or null
 * @param errorMessage why a batch item failed, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateMemoryResponse(
    String ingestionId,
    String documentId,
    IngestStatus status,
    OffsetDateTime queuedAt,
    String errorMessage) {

  /** True when the service did not accept this document. */
  @JsonIgnore
  public boolean isFailed() {
    return status == IngestStatus.FAILED;
  }
}
