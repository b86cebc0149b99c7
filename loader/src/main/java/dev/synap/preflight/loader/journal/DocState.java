package dev.synap.preflight.loader.journal;

import java.util.List;

/**
 * A snapshot of one document's state.
 *
 * @param documentId the document
 * @param phase where it stands
 * @param batch the last batch it was sent in
 * @param ingestionId its ingestion (null until accepted, and for a conflict with no id named)
 * @param status the terminal ingestion status, once polled
 * @param memoryIds the memories its ingestion created (empty until completed)
 * @param error the service's message for a rejection, conflict or failed ingestion
 * @param byConflict true when it counts as loaded because of a duplicate-id conflict on resume
 * @param origin file and line in the export, kept for rejected documents only (else null)
 */
public record DocState(
    String documentId,
    DocPhase phase,
    long batch,
    String ingestionId,
    String status,
    List<String> memoryIds,
    String error,
    boolean byConflict,
    String origin) {

  /** A state without an origin. */
  public DocState(
      String documentId,
      DocPhase phase,
      long batch,
      String ingestionId,
      String status,
      List<String> memoryIds,
      String error,
      boolean byConflict) {
    this(documentId, phase, batch, ingestionId, status, memoryIds, error, byConflict, null);
  }

  /** Whether polling still has to look at this document's ingestion. */
  public boolean awaitsStatus() {
    return ingestionId != null
        && (phase == DocPhase.ACCEPTED || phase == DocPhase.LOADED_BY_CONFLICT);
  }
}
