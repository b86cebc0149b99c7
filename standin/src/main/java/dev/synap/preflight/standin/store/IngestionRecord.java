package dev.synap.preflight.standin.store;

import java.util.List;

/**
 * An ingestion as {@code GET .../status/{id}} reports it, plus what the stand-in needs to finish
 * it. Immutable: every state change is a new record.
 *
 * @param ingestionId UUID
 * @param documentId the client's id or a synthesized one
 * @param status {@code queued}, {@code processing}, {@code completed} or {@code failed}
 * @param queuedAt ISO-8601
 * @param startedAt ISO-8601 or null
 * @param completedAt ISO-8601 or null
 * @param memoryIds the memories the ingestion created
 * @param errorMessage why it failed, or null
 * @param submission the document (null for a rejected item)
 * @param drop whether the drop fault hit it
 */
public record IngestionRecord(
    String ingestionId,
    String documentId,
    String status,
    String queuedAt,
    String startedAt,
    String completedAt,
    List<String> memoryIds,
    String errorMessage,
    Submission submission,
    Intake.Drop drop) {

  public static final String QUEUED = "queued";
  public static final String PROCESSING = "processing";
  public static final String COMPLETED = "completed";
  public static final String FAILED = "failed";

  public IngestionRecord {
    memoryIds = memoryIds == null ? List.of() : List.copyOf(memoryIds);
  }

  /** True once the ingestion can change no more. */
  public boolean terminal() {
    return COMPLETED.equals(status) || FAILED.equals(status);
  }

  IngestionRecord processing(String at) {
    return new IngestionRecord(
        ingestionId, documentId, PROCESSING, queuedAt, at, null, memoryIds, null, submission, drop);
  }

  IngestionRecord finished(String finalStatus, String at, List<String> ids, String error) {
    String started = startedAt == null ? at : startedAt;
    return new IngestionRecord(
        ingestionId, documentId, finalStatus, queuedAt, started, at, ids, error, submission, drop);
  }
}
