package dev.synap.preflight.loader.run;

/**
 * A call to the service failed after the client's own retries. The message is the service's (or the
 * transport's) and never carries the API key.
 */
public final class IngestException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What the loader does about it. */
  public enum Kind {
    /** No answer (timeout, reset, 5xx, 429 storm): try again later; a send may have landed. */
    TRANSIENT,
    /** The whole request was refused (400/422): every document of a batch is rejected. */
    REJECTED,
    /** The ingestion or memory does not exist. */
    NOT_FOUND,
    /** The load cannot go on: bad or revoked key, wrong URL, insufficient credits. */
    FATAL
  }

  private final Kind kind;

  /** A failure of the given kind. */
  public IngestException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /** A failure of the given kind with its cause. */
  public IngestException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** The kind. */
  public Kind kind() {
    return kind;
  }
}
