package dev.synap.preflight.validator.run;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import dev.synap.preflight.rules.model.MemoryDocument;

/**
 * The hashes duplicate detection compares, computed on the worker threads: the document id, the
 * exact text and every other field (to tell a harmless duplicate from a conflict), and the
 * normalized text (for duplicate content under different ids).
 */
final class ContentKeys {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private ContentKeys() {}

  static ProcessedRecord.DuplicateKeys of(MemoryDocument doc) {
    String id = RecordProcessor.blankToNull(doc.documentId());
    String text = doc.document();
    boolean hasText = text != null && !text.isBlank();
    if (id == null && !hasText) {
      return null;
    }
    long[] idHash = id == null ? new long[2] : Murmur3.hash128(id);
    long[] textHash = new long[2];
    long[] normalized = new long[2];
    if (hasText) {
      char[] chars = text.toCharArray();
      textHash = Murmur3.hash128(chars, chars.length);
      normalized = normalizedHash(text, chars);
    }
    StringBuilder rest = new StringBuilder(64);
    rest.append(doc.documentType())
        .append('\u0000')
        .append(doc.createdAt())
        .append('\u0000')
        .append(doc.userId())
        .append('\u0000')
        .append(doc.customerId())
        .append('\u0000')
        .append(doc.mode())
        .append('\u0000');
    Canonical.write(doc.metadata(), rest);
    long restHash = Murmur3.hash128(rest.toString())[0];
    long signature = (textHash[0] & 0xFFFFFFFF00000000L) | (restHash & 0xFFFFFFFFL);
    return new ProcessedRecord.DuplicateKeys(
        id, idHash[0], idHash[1], signature, hasText, normalized[0], normalized[1]);
  }

  /**
   * NFC, whitespace runs collapsed to one space, trimmed: the form duplicate-content compares.
   * Whitespace never composes, so collapsing it keeps NFC text in NFC; ICU runs only on text its
   * quick check does not clear.
   */
  static String normalize(String text) {
    char[] buf = text.toCharArray();
    int len = collapseWhitespace(buf);
    String collapsed = new String(buf, 0, len);
    return needsNfc(text, buf, len) ? NFC.normalize(collapsed) : collapsed;
  }

  /**
   * The hash of {@link #normalize}{@code (text)}, given {@code chars} = a scratch copy of the text
   * (overwritten), without building strings in the common case that NFC changes nothing.
   */
  private static long[] normalizedHash(String text, char[] chars) {
    int len = collapseWhitespace(chars);
    if (needsNfc(text, chars, len)) {
      String nfc = NFC.normalize(new String(chars, 0, len));
      return Murmur3.hash128(nfc);
    }
    return Murmur3.hash128(chars, len);
  }

  /** Text with no char at or above U+0300 is always NFC; otherwise ask ICU's quick check. */
  private static boolean needsNfc(String text, char[] chars, int len) {
    for (int i = 0; i < len; i++) {
      if (chars[i] >= 0x300) {
        return NFC.quickCheck(text) != Normalizer.YES;
      }
    }
    return false;
  }

  /** Collapses whitespace runs of {@code buf} to single spaces, trimmed; returns the new length. */
  static int collapseWhitespace(char[] buf) {
    int out = 0;
    boolean space = false;
    for (char c : buf) {
      if (isWhitespace(c)) {
        space = out > 0;
      } else {
        if (space) {
          buf[out++] = ' ';
          space = false;
        }
        buf[out++] = c;
      }
    }
    return out;
  }

  /** Unicode's White_Space property (unlike Character.isWhitespace: no U+001C..U+001F). */
  private static boolean isWhitespace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r');
    }
    if (c > 0x3000) {
      return false; // CJK, surrogates (emoji) and the rest: the common non-ASCII case
    }
    if (c < 0x1680) {
      return c == 0x85 || c == 0xA0;
    }
    return c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000;
  }
}
