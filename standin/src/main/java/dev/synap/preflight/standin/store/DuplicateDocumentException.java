package dev.synap.preflight.standin.store;

/** A single create re-used a {@code document_id} under the conflict policy (HTTP 409). */
public final class DuplicateDocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String documentId;

  public DuplicateDocumentException(String documentId) {
    super("a document with document_id '" + documentId + "' was already ingested");
    this.documentId = documentId;
  }

  public String documentId() {
    return documentId;
  }
}
