package dev.synap.preflight.rules.read;

/**
 * One record's raw bytes as a splitter cut them from an export, with where they start. Readers
 * never throw for bad content: a record they could not cut cleanly carries a {@link Flaw} instead.
 *
 * @param fileIndex index of the input file in the run
 * @param line 1-based physical line where the record starts (for a JSON array: where the element
 *     starts; for CSV: where the record starts)
 * @param byteOffset 0-based offset of the record's first byte in the (decompressed) stream
 * @param length the record's full length in bytes, also when {@code bytes} holds less
 * @param bytes the record's bytes (an owned copy, safe to modify), without the line terminator; for
 *     {@link Flaw#OVERSIZED} only a prefix of at most 4 KiB; for {@link Flaw#STRUCTURE} and {@link
 *     Flaw#ENCODING} an empty array
 * @param flaw what, if anything, kept the record from being cut cleanly
 * @param detail a human-readable explanation when {@code flaw != NONE}, else null
 */
public record RawRecord(
    int fileIndex,
    long line,
    long byteOffset,
    long length,
    byte[] bytes,
    Flaw flaw,
    String detail) {

  /** What kept a record from being cut cleanly. */
  public enum Flaw {
    /** A complete record. */
    NONE,
    /** Longer than the read limit; not buffered (only a prefix is kept) and not parsed. */
    OVERSIZED,
    /** The input ended inside the record; {@code bytes} holds what there was. */
    TRUNCATED,
    /** Not a record: a structural problem of the file here (e.g. trailing data after the root). */
    STRUCTURE,
    /** Not a record: the file is not UTF-8 (e.g. UTF-16 with a BOM) and was not read further. */
    ENCODING
  }

  public static RawRecord of(int fileIndex, long line, long byteOffset, byte[] bytes) {
    return new RawRecord(fileIndex, line, byteOffset, bytes.length, bytes, Flaw.NONE, null);
  }

  public static RawRecord problem(
      int fileIndex, long line, long byteOffset, Flaw flaw, String detail) {
    return new RawRecord(fileIndex, line, byteOffset, 0, new byte[0], flaw, detail);
  }
}
