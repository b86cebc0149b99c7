package dev.synap.preflight.loader.journal;

/** Where one document of a load stands, as replayed from the journal. */
public enum DocPhase {
  /** Not in the journal: never sent. */
  PENDING,
  /** Sent (or about to be) with no per-document answer yet: Synap may or may not have it. */
  IN_FLIGHT,
  /** Queued by the service; its ingestion has not reached a terminal status yet. */
  ACCEPTED,
  /** Refused by the service; not sent again. */
  REJECTED,
  /**
   * A duplicate-id conflict on re-sending a document that was in flight: loaded by the earlier
   * attempt. Terminal unless the service named the existing ingestion, which is then polled.
   */
  LOADED_BY_CONFLICT,
  /** The ingestion completed (or partially succeeded); its memory ids are known. */
  COMPLETED,
  /** The ingestion failed, or its status expired before it was seen. */
  FAILED;

  /** True when the service holds (or held) the document: accepted, loaded or completed. */
  public boolean loaded() {
    return this == ACCEPTED || this == LOADED_BY_CONFLICT || this == COMPLETED;
  }
}
