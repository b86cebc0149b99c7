package dev.synap.preflight.rules.read;

/**
 * Turns one record's bytes (already valid UTF-8) into a JSON value. Thread-safe: one decoder is
 * shared by all worker threads of a run.
 */
public interface RecordDecoder {
  /**
   * Decodes {@code bytes[0..length)}.
   *
   * @throws RecordSyntaxException when the bytes are not a well-formed record, or break a parser
   *     limit (nesting, number length)
   */
  DecodedRecord decode(byte[] bytes, int length) throws RecordSyntaxException;

  /** Like {@link #decode}, keeping where nested objects and arrays start when the decoder can. */
  default DecodedRecord decodeLocated(byte[] bytes, int length) throws RecordSyntaxException {
    return decode(bytes, length);
  }
}
