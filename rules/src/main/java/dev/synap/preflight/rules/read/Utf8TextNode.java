package dev.synap.preflight.rules.read;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A JSON string of a decoded record that remembers where it is in the record's bytes, so that its
 * UTF-8 form can be read from them ({@link JsonStrings#utf8}) instead of encoding the string again:
 * the validator hashes and scans the UTF-8 of every document text. Made for long strings only;
 * equal to any {@link TextNode} of the same text.
 */
public final class Utf8TextNode extends TextNode {
  private static final long serialVersionUID = 1L;

  private final transient byte[] record;
  private final int quote;
  private final int limit;

  Utf8TextNode(String text, byte[] record, int quote, int limit) {
    super(text);
    this.record = record;
    this.quote = quote;
    this.limit = limit;
  }

  /**
   * The UTF-8 bytes of this string (a new array), or null when the JSON spells a surrogate with a
   * {@code \\u} escape (a lone one has no UTF-8 form; the caller then encodes the string itself).
   */
  public byte[] utf8() {
    return record == null ? null : JsonStrings.utf8(record, quote, limit);
  }
}
