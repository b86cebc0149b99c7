package dev.synap.preflight.standin.store;

/**
 * One element of a create or batch call, valid or not.
 *
 * @param submission the valid document, or null when {@code rejection} is set
 * @param rejection why the document was refused, or null
 * @param clientDocumentId the {@code document_id} the client sent (echoed for rejections)
 * @param drop whether the drop fault hit this document
 */
public record Intake(Submission submission, String rejection, String clientDocumentId, Drop drop) {

  /** What the drop fault does to an accepted document. */
  public enum Drop {
    NONE,
    FAIL,
    SILENT
  }

  public static Intake accepted(Submission submission, Drop drop) {
    return new Intake(submission, null, submission.documentId(), drop);
  }

  public static Intake rejected(String reason, String clientDocumentId) {
    return new Intake(null, reason, clientDocumentId, Drop.NONE);
  }
}
