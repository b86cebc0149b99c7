package dev.synap.preflight.rules.read;

/**
 * What {@link Utf8Scanner#scanAndRepair} found.
 *
 * @param invalidBytes how many bytes were not valid UTF-8 (each was replaced by {@code '?'})
 * @param firstOffsets offsets of the first invalid bytes (at most {@link #MAX_OFFSETS}), relative
 *     to the scanned array's start, ascending
 */
public record Utf8Scan(int invalidBytes, int[] firstOffsets) {
  /** How many offsets a scan keeps. */
  public static final int MAX_OFFSETS = 16;

  /** The result for valid UTF-8. */
  public static final Utf8Scan VALID = new Utf8Scan(0, new int[0]);

  public boolean valid() {
    return invalidBytes == 0;
  }
}
