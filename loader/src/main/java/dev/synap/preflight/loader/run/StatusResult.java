package dev.synap.preflight.loader.run;

import java.util.List;

/**
 * An ingestion's status.
 *
 * @param status Synap's status string ({@code queued}, {@code processing}, {@code completed},
 *     {@code failed}, {@code partial_success})
 * @param memoryIds the memories created so far
 * @param error the service's message, if any
 */
public record StatusResult(String status, List<String> memoryIds, String error) {

  /** Copies the list. */
  public StatusResult {
    memoryIds = memoryIds == null ? List.of() : List.copyOf(memoryIds);
  }

  /** Whether the ingestion will not change any more. */
  public boolean terminal() {
    return "completed".equals(status)
        || "failed".equals(status)
        || "partial_success".equals(status);
  }
}
