package dev.synap.preflight.validator.run;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.validator.check.CharScratch;
import dev.synap.preflight.validator.check.TextFacts;
import dev.synap.preflight.validator.check.Utf8Facts;
import java.nio.charset.StandardCharsets;

/**
 * The hashes duplicate detection compares, computed on the worker threads: the document id, the
 * exact text and every other field (to tell a harmless duplicate from a conflict), and the
 * normalized text (for duplicate content under different ids).
 */
final class ContentKeys {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private ContentKeys() {}

  /** Bit c set for the ASCII whitespace chars: tab, LF, VT, FF, CR, space. */
  private static final long ASCII_SPACE = 0x3E00L | 1L << ' ';

  /** Marks the hash of text with a lone surrogate, hashed as UTF-16 (see {@link #of}). */
  private static final long LONE_SURROGATE_TEXT = 0x5DEECE66DL;

  static ProcessedRecord.DuplicateKeys of(MemoryDocument doc) {
    return of(doc, (TextFacts) null);
  }

  /**
   * The keys of {@code doc}, given the facts of its text when the caller has them (null otherwise).
   * The text is collapsed and hashed as its UTF-8 bytes, eight at a time, and normalized to NFC
   * only when the facts do not clear it; text with a lone surrogate (which UTF-8 cannot encode)
   * goes the char way.
   */
  static ProcessedRecord.DuplicateKeys of(MemoryDocument doc, TextFacts facts) {
    return of(doc, DocumentText.of(doc.document(), facts));
  }

  /** Like {@link #of(MemoryDocument, TextFacts)}, reusing (and overwriting) the text's UTF-8. */
  static ProcessedRecord.DuplicateKeys of(MemoryDocument doc, DocumentText documentText) {
    String id = RecordProcessor.blankToNull(doc.documentId());
    String text = doc.document();
    TextFacts facts = documentText.facts();
    boolean hasText = text != null && !text.isBlank();
    if (id == null && !hasText) {
      return null;
    }
    long[] idHash = id == null ? new long[2] : Murmur3.hash128(id);
    long[] normalized = new long[2];
    long exact = 0;
    if (hasText) {
      TextFacts f = facts != null ? facts : TextFacts.of(text);
      if (f.hasLoneSurrogate()) {
        char[] chars = CharScratch.copy(text);
        exact = Murmur3.hash128(chars, text.length())[0];
        normalized = normalizedHash(text, chars);
      } else {
        long[] keys = utf8Keys(text, f.alwaysNfc(), documentText);
        exact = keys[0];
        normalized = new long[] {keys[1], keys[2]};
      }
    }
    long restHash = Canonical.hash(doc.metadata());
    for (String field :
        new String[] {
          doc.documentType(), doc.createdAt(), doc.userId(), doc.customerId(), doc.mode()
        }) {
      restHash = Canonical.mix(restHash * 31 + Canonical.string(field));
    }
    long signature = (exact & 0xFFFFFFFF00000000L) | (restHash & 0xFFFFFFFFL);
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
   * {exact text hash, normalized text hash (2 longs)} from the UTF-8 bytes, collapsed here unless
   * {@code given} holds them collapsed already: one hash for both when NFC cannot change the text
   * (the exact one then is the normalized one with the collapse's fingerprint mixed in).
   */
  private static long[] utf8Keys(String text, boolean alwaysNfc, DocumentText given) {
    byte[] bytes = given.collapsedUtf8();
    long collapse = given.collapse();
    if (bytes == null) {
      bytes = text.getBytes(StandardCharsets.UTF_8);
      collapse = Utf8Whitespace.collapse(bytes, bytes.length, new Utf8Facts());
    }
    int length = (int) collapse;
    if (alwaysNfc) {
      long[] normalized = Murmur3.hash128(bytes, length);
      long exact = normalized[0] ^ (collapse >>> 32) * 0xC6A4A7935BD1E995L;
      return new long[] {exact, normalized[0], normalized[1]};
    }
    byte[] original = text.getBytes(StandardCharsets.UTF_8);
    long exact = Murmur3.hash128(original, original.length)[0];
    String nfc = NFC.normalize(new String(bytes, 0, length, StandardCharsets.UTF_8));
    byte[] nfcBytes = nfc.getBytes(StandardCharsets.UTF_8);
    long[] normalized = Murmur3.hash128(nfcBytes, nfcBytes.length);
    return new long[] {exact, normalized[0], normalized[1]};
  }

  /**
   * The hash of {@link #normalize}{@code (text)} for text with a lone surrogate, given {@code
   * chars} = a scratch copy of the text (overwritten): of its UTF-16 code units, marked, as no text
   * UTF-8 can encode normalizes to the same.
   */
  private static long[] normalizedHash(String text, char[] chars) {
    int len = collapseWhitespace(chars, text.length());
    String nfc = NFC.normalize(new String(chars, 0, len));
    long[] h = Murmur3.hash128(nfc.toCharArray(), nfc.length());
    h[0] ^= LONE_SURROGATE_TEXT;
    return h;
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
    return collapseWhitespace(buf, buf.length);
  }

  /**
   * Collapses whitespace runs of {@code buf[0..n)} to single spaces, trimmed; returns the new
   * length. Every char is written (a space for whitespace) and the output advances unless it
   * follows whitespace or the start, so the loop has one data-dependent branch, for non-ASCII.
   */
  static int collapseWhitespace(char[] buf, int n) {
    int out = 0;
    int afterSpace = 1; // at the start, whitespace is dropped
    for (int i = 0; i < n; i++) {
      char c = buf[i];
      int space = c < 0x80 ? (int) (ASCII_SPACE >>> c) & (c >>> 6 ^ 1) : isWhitespace(c) ? 1 : 0;
      buf[out] = space == 1 ? ' ' : c;
      out += 1 - (space & afterSpace);
      afterSpace = space;
    }
    return afterSpace == 1 && out > 0 ? out - 1 : out;
  }

  /** Unicode's White_Space property (unlike Character.isWhitespace: no U+001C..U+001F). */
  private static boolean isWhitespace(char c) {
    if (c < 0x80) {
      // no short circuit: text has a space every few chars, a branch here mispredicts each time
      return ((ASCII_SPACE >>> c) & 1) != 0 & c < 64;
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
