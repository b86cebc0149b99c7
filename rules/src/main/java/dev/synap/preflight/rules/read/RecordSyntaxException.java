package dev.synap.preflight.rules.read;

/**
 * A record that is not well-formed, with where inside the record the problem is.
 *
 * @see RecordDecoder#decode
 */
public final class RecordSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final long relativeOffset;
  private final int relativeLine;

  /**
   * @param message what is wrong, for a human, without a location
   * @param relativeOffset byte offset of the problem from the record's first byte (0 if unknown)
   * @param relativeLine 0-based line of the problem counted from the record's first line
   */
  public RecordSyntaxException(String message, long relativeOffset, int relativeLine) {
    super(message);
    this.relativeOffset = relativeOffset;
    this.relativeLine = relativeLine;
  }

  public long relativeOffset() {
    return relativeOffset;
  }

  public int relativeLine() {
    return relativeLine;
  }
}
