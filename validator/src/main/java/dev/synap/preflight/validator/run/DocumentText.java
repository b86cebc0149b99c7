package dev.synap.preflight.validator.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.model.MappedRecord;
import dev.synap.preflight.rules.model.SynapField;
import dev.synap.preflight.rules.read.Utf8TextNode;
import dev.synap.preflight.validator.check.TextFacts;
import dev.synap.preflight.validator.check.Utf8;
import dev.synap.preflight.validator.check.Utf8Facts;

/**
 * A document text with its facts and, when one pass over its UTF-8 bytes gave those facts, the
 * bytes with their whitespace already collapsed, which the duplicate keys then only hash.
 *
 * @param text the text, or null
 * @param facts its facts, or null when the checks compute them (and the keys ask again)
 * @param collapsedUtf8 its UTF-8 bytes with whitespace collapsed ({@link Utf8Whitespace}), or null
 * @param collapse what {@link Utf8Whitespace#collapse} returned for them (-1 without them)
 * @param utf8Length the length of its UTF-8 form, -1 without text
 */
record DocumentText(
    String text, TextFacts facts, byte[] collapsedUtf8, long collapse, long utf8Length) {

  /** A text whose facts (or null) are known and whose bytes are not. */
  static DocumentText of(String text, TextFacts facts) {
    return new DocumentText(text, facts, null, -1, -1);
  }

  /**
   * The document text of a mapped record whose bytes said whether it is plain ASCII: facts and
   * collapse in one pass over its UTF-8 bytes when they can be read from the record (a long string
   * taken as it is, without a surrogate escape); otherwise the facts are left to the checks.
   */
  static DocumentText of(MappedRecord mapped, boolean plainAscii) {
    String text = mapped.document().document();
    if (text == null) {
      return new DocumentText(null, null, null, -1, -1);
    }
    if (plainAscii) {
      return new DocumentText(text, TextFacts.plainAscii(), null, -1, text.length());
    }
    JsonNode node = mapped.field(SynapField.DOCUMENT).value();
    byte[] utf8 = node instanceof Utf8TextNode raw && raw.textValue() == text ? raw.utf8() : null;
    if (utf8 == null) {
      return new DocumentText(text, null, null, -1, Utf8.length(text));
    }
    Utf8Facts facts = new Utf8Facts();
    long collapse = Utf8Whitespace.collapse(utf8, utf8.length, facts);
    return new DocumentText(text, facts.facts(), utf8, collapse, utf8.length);
  }
}
