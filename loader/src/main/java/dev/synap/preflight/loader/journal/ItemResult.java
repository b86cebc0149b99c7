package dev.synap.preflight.loader.journal;

/**
 * What happened to one document of a batch, as journaled.
 *
 * @param documentId the document
 * @param outcome accepted, rejected, or loaded by a duplicate-id conflict
 * @param ingestionId the ingestion to poll (for {@code LOADED_BY_CONFLICT}: the existing one when
 *     the service named it, else null)
 * @param error the service's message for a rejection or conflict, else null
 * @param origin file and line of a rejected document (kept only for rejections), else null
 */
public record ItemResult(
    String documentId, Outcome outcome, String ingestionId, String error, String origin) {

  /** A result without an origin. */
  public ItemResult(String documentId, Outcome outcome, String ingestionId, String error) {
    this(documentId, outcome, ingestionId, error, null);
  }

  /** The three ways a document of a batch can end. */
  public enum Outcome {
    /** Queued by the service; its ingestion is polled. */
    ACCEPTED,
    /** Refused by the service (its message is kept). */
    REJECTED,
    /**
     * A duplicate-id conflict for a document that was in flight when an earlier attempt died: the
     * earlier attempt reached Synap, so it counts as loaded.
     */
    LOADED_BY_CONFLICT,
    /**
     * A catch-up's changed document refused as a duplicate id because the service still holds the
     * version an earlier load of the chain sent (the conflict policy): that version's memories are
     * deleted ({@link JournalRecord.Retiring}) and the document is sent again.
     */
    HELD_BY_PREVIOUS
  }
}
