package dev.synap.preflight.validator.run;

import dev.synap.preflight.validator.check.TextFacts;
import dev.synap.preflight.validator.check.Utf8;
import dev.synap.preflight.validator.check.Utf8Facts;
import java.nio.charset.StandardCharsets;

/**
 * A document text with its facts and, when they were computed from it, its UTF-8 bytes, which the
 * duplicate keys then collapse and hash in place instead of encoding the text again.
 *
 * @param text the text, or null
 * @param facts its facts, or null when the checks compute them (and the keys ask again)
 * @param utf8 its UTF-8 bytes, or null; may be overwritten by {@link ContentKeys}
 * @param utf8Length the length of its UTF-8 form, -1 without text
 */
record DocumentText(String text, TextFacts facts, byte[] utf8, long utf8Length) {
  /**
   * The text of a record whose bytes said whether it is plain ASCII and whether it may spell a lone
   * surrogate: facts from the UTF-8 bytes (eight at a time) unless the text may hold a lone
   * surrogate, which UTF-8 cannot carry.
   */
  static DocumentText of(String text, boolean plainAscii, boolean noLoneSurrogate) {
    if (text == null) {
      return new DocumentText(null, null, null, -1);
    }
    if (plainAscii) {
      return new DocumentText(text, TextFacts.plainAscii(), null, text.length());
    }
    if (noLoneSurrogate) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      return new DocumentText(text, Utf8Facts.of(utf8, utf8.length), utf8, utf8.length);
    }
    return new DocumentText(text, null, null, Utf8.length(text));
  }
}
