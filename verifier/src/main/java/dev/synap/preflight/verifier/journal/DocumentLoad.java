package dev.synap.preflight.verifier.journal;

import java.util.List;

/**
 * One document's outcome in a load.
 *
 * @param documentId the export's document id
 * @param status the final ingestion status ({@code completed}, {@code failed}, {@code
 *     partial_success}, ... or {@code rejected} when the batch call refused it)
 * @param memoryIds the memories Synap created from it (may be empty)
 */
public record DocumentLoad(String documentId, String status, List<String> memoryIds) {
  public DocumentLoad {
    memoryIds = List.copyOf(memoryIds);
  }

  /** Whether the document made it into Synap: completed or partly, with at least one memory. */
  public boolean covered() {
    return ("completed".equals(status) || "partial_success".equals(status)) && !memoryIds.isEmpty();
  }

  /**
   * Whether the service took the document but the journal does not know how its ingestion ended (an
   * untracked document, one still queued, or one loaded by a duplicate-id conflict whose memories
   * were not found): not covered, but not known to be lost either.
   */
  public boolean outcomeUnknown() {
    return "accepted".equals(status)
        || "in_flight".equals(status)
        || "loaded_by_conflict".equals(status);
  }
}
