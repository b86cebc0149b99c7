package dev.synap.preflight.verifier.attribution;

import java.util.Locale;

/** How an item was tied to a document, most reliable first. */
public enum AttributionMethod {
  /** The item id is a memory id the load journal recorded for the document. */
  JOURNAL,
  /** {@code GET /api/v1/memories/{id}} named the document as {@code source_document_id}. */
  SOURCE_DOCUMENT_ID,
  /** The item's text matched the document in the baseline with a clear margin. */
  CONTENT,
  /** No method could tie the item to one document. */
  NONE;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
