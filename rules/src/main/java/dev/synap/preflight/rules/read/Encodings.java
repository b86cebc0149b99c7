package dev.synap.preflight.rules.read;

/** Recognizes the byte-order marks and NUL patterns of encodings that are not UTF-8. */
final class Encodings {
  private Encodings() {}

  /** True when {@code b[off..off+len)} starts with the UTF-8 byte-order mark EF BB BF. */
  static boolean hasUtf8Bom(byte[] b, int off, int len) {
    return len >= 3
        && b[off] == (byte) 0xEF
        && b[off + 1] == (byte) 0xBB
        && b[off + 2] == (byte) 0xBF;
  }

  /**
   * Names the encoding when the first bytes show UTF-16 or UTF-32 (a byte-order mark, or the NUL
   * bytes ASCII text has in those encodings), as a finding detail; null when they look like UTF-8.
   */
  static String foreignEncoding(byte[] b, int off, int len) {
    int b0 = len > 0 ? b[off] & 0xFF : -1;
    int b1 = len > 1 ? b[off + 1] & 0xFF : -1;
    int b2 = len > 2 ? b[off + 2] & 0xFF : -1;
    int b3 = len > 3 ? b[off + 3] & 0xFF : -1;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return bom("UTF-32BE", "00 00 FE FF");
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return bom("UTF-32LE", "FF FE 00 00");
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return bom("UTF-16BE", "FE FF");
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return bom("UTF-16LE", "FF FE");
    }
    if (len < 4) {
      return null;
    }
    if (b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
      return nulls("UTF-32BE");
    }
    if (b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return nulls("UTF-32LE");
    }
    if (b0 == 0 && b1 != 0 && b2 == 0 && b3 != 0) {
      return nulls("UTF-16BE");
    }
    if (b0 != 0 && b1 == 0 && b2 != 0 && b3 == 0) {
      return nulls("UTF-16LE");
    }
    return null;
  }

  private static String bom(String encoding, String bytes) {
    return "the file is " + encoding + " (byte-order mark " + bytes + "), not UTF-8";
  }

  private static String nulls(String encoding) {
    return "the file looks like "
        + encoding
        + " (no byte-order mark, but its first bytes have the NUL bytes of that encoding), not UTF-8";
  }
}
