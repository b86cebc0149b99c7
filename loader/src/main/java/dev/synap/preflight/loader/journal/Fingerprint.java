package dev.synap.preflight.loader.journal;

import java.util.HexFormat;

/**
 * A {@link DocumentFingerprint} held as numbers rather than text: the whole document's 64 bits and
 * one CRC-32C per {@link DocumentFingerprint.Part}, in the parts' order. Its {@link #toString} is
 * the journaled form ({@code 16 hex digits . 5 x 8 hex digits}); {@link #parse} reads that form
 * back, so a diff can keep a million of them in arrays instead of strings.
 *
 * @param whole the first 64 bits of the SHA-256 of every field
 * @param content CRC-32C of the text
 * @param type CRC-32C of the document type and mode
 * @param timestamp CRC-32C of the created-at value
 * @param identities CRC-32C of user and customer
 * @param metadata CRC-32C of the canonical metadata
 */
public record Fingerprint(
    long whole, int content, int type, int timestamp, int identities, int metadata) {
  private static final HexFormat HEX = HexFormat.of();
  private static final int WHOLE_DIGITS = 16;
  private static final int PART_DIGITS = 8;
  private static final int PARTS = DocumentFingerprint.Part.values().length;

  /** Length of the journaled form with parts. */
  public static final int TEXT_LENGTH = WHOLE_DIGITS + 1 + PARTS * PART_DIGITS;

  /** The part's checksum, by {@link DocumentFingerprint.Part#ordinal()}. */
  public int part(int ordinal) {
    return switch (ordinal) {
      case 0 -> content;
      case 1 -> type;
      case 2 -> timestamp;
      case 3 -> identities;
      case 4 -> metadata;
      default -> throw new IndexOutOfBoundsException("no part " + ordinal);
    };
  }

  /** Whether {@code text} is the part-less form (16 lowercase hex digits) of an early journal. */
  public static boolean isWholeOnly(String text) {
    if (text == null || text.length() != WHOLE_DIGITS) {
      return false;
    }
    for (int i = 0; i < WHOLE_DIGITS; i++) {
      if (digit(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The 64 bits of a fingerprint's whole part ({@link #parse}d or {@link #isWholeOnly} text). */
  public static long wholeOf(String text) {
    return HEX.fromHexDigitsToLong(text, 0, WHOLE_DIGITS);
  }

  /**
   * Reads the journaled form with parts (16 lowercase hex digits, a dot, 40 lowercase hex digits),
   * or returns null for any other text.
   */
  public static Fingerprint parse(String text) {
    if (text.length() != TEXT_LENGTH || text.charAt(WHOLE_DIGITS) != '.') {
      return null;
    }
    long whole = 0;
    for (int i = 0; i < WHOLE_DIGITS; i++) {
      int d = digit(text.charAt(i));
      if (d < 0) {
        return null;
      }
      whole = (whole << 4) | d;
    }
    int[] p = new int[PARTS];
    for (int i = WHOLE_DIGITS + 1; i < TEXT_LENGTH; i++) {
      int d = digit(text.charAt(i));
      if (d < 0) {
        return null;
      }
      int part = (i - WHOLE_DIGITS - 1) / PART_DIGITS;
      p[part] = (p[part] << 4) | d;
    }
    return new Fingerprint(whole, p[0], p[1], p[2], p[3], p[4]);
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(TEXT_LENGTH);
    out.append(HEX.toHexDigits(whole)).append('.');
    for (int i = 0; i < PARTS; i++) {
      out.append(HEX.toHexDigits(part(i)));
    }
    return out.toString();
  }
}
