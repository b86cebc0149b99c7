package dev.synap.preflight.loader.plan;

/**
 * A document chosen for sending.
 *
 * @param source the document
 * @param uncertain true when the journal has it in flight: an earlier attempt may have reached
 *     Synap, so a duplicate-id conflict for it means it is loaded
 */
public record PlannedDoc(SourceDocument source, boolean uncertain) {

  /** The document id (never null for a planned document). */
  public String documentId() {
    return source.document().documentId();
  }
}
