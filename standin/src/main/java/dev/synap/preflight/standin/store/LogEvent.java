package dev.synap.preflight.standin.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One line of the state log.
 *
 * @param type {@code accepted}, {@code completed} or {@code deleted}
 * @param seq the id counter after the event, so a restart never reuses an id
 * @param ingestions accepted (or rejected) ingestions, in request order
 * @param ingestion the finished ingestion
 * @param memories the memories it created
 * @param superseded memories an upsert replaced
 * @param memoryId the deleted memory
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogEvent(
    String type,
    long seq,
    List<IngestionRecord> ingestions,
    IngestionRecord ingestion,
    List<StoredMemory> memories,
    List<String> superseded,
    String memoryId) {

  static final String ACCEPTED = "accepted";
  static final String COMPLETED = "completed";
  static final String DELETED = "deleted";

  static LogEvent accepted(long seq, List<IngestionRecord> ingestions) {
    return new LogEvent(ACCEPTED, seq, ingestions, null, null, null, null);
  }

  static LogEvent completed(
      long seq, IngestionRecord ingestion, List<StoredMemory> memories, List<String> superseded) {
    return new LogEvent(COMPLETED, seq, null, ingestion, memories, superseded, null);
  }

  static LogEvent deleted(long seq, String memoryId) {
    return new LogEvent(DELETED, seq, null, null, null, null, memoryId);
  }
}
