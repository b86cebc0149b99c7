package dev.synap.preflight.rules.read;

import java.io.IOException;

/**
 * The compressed input is truncated or corrupt. A splitter throws it only after it has returned
 * every complete record before the damage, so the caller can report it and go on with the next
 * file.
 */
public final class CorruptInputException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long decompressedOffset;

  /**
   * @param message what is wrong, for a human
   * @param decompressedOffset how many decompressed bytes could be read before the damage
   */
  public CorruptInputException(String message, long decompressedOffset, Throwable cause) {
    super(message, cause);
    this.decompressedOffset = decompressedOffset;
  }

  /** How many decompressed bytes could be read before the damage. */
  public long decompressedOffset() {
    return decompressedOffset;
  }
}
