package dev.synap.preflight.loader.run;

/**
 * The service's answer for one document of a batch.
 *
 * @param kind accepted, rejected, or rejected as a duplicate id
 * @param documentId the id the service echoed (null when it echoed none)
 * @param ingestionId for {@code ACCEPTED}: the ingestion to poll; for {@code DUPLICATE}: the
 *     existing document's ingestion when the service names it, else null
 * @param error the service's message for a rejection or duplicate
 * @param resent true when the request carrying this document was sent more than once within the
 *     call (the client retried after a timeout or reset), so a duplicate may be this load's own
 *     earlier attempt
 */
public record SendOutcome(
    Kind kind, String documentId, String ingestionId, String error, boolean resent) {

  /** How a document of a batch ended. */
  public enum Kind {
    /** Queued. */
    ACCEPTED,
    /** Refused (validation, scope rules, ...). */
    REJECTED,
    /** Refused because Synap already has a document with this id. */
    DUPLICATE
  }

  /** An accepted document. */
  public static SendOutcome accepted(String documentId, String ingestionId) {
    return new SendOutcome(Kind.ACCEPTED, documentId, ingestionId, null, false);
  }

  /** A rejected document. */
  public static SendOutcome rejected(String documentId, String error) {
    return new SendOutcome(Kind.REJECTED, documentId, null, error, false);
  }

  /** A duplicate-id conflict, with the existing ingestion when known. */
  public static SendOutcome duplicate(
      String documentId, String existingIngestionId, String error, boolean resent) {
    return new SendOutcome(Kind.DUPLICATE, documentId, existingIngestionId, error, resent);
  }
}
