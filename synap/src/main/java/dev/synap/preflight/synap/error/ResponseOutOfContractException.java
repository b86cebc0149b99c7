package dev.synap.preflight.synap.error;

/**
 * A response the service may not send: a body over the client's size limit, more items than the
 * call's {@code max_results} asked for, or a batch answer whose results do not match the documents
 * sent (one ingestion id for several results, a {@code document_id} other than the one sent at that
 * index). Not retried; for a batch, no document of it may be taken as accepted.
 */
public class ResponseOutOfContractException extends UnexpectedResponseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param failure what went wrong
   * @param cause the underlying exception, or null
   */
  public ResponseOutOfContractException(Failure failure, Throwable cause) {
    super(failure, cause);
  }
}
