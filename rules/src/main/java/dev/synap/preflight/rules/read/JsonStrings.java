package dev.synap.preflight.rules.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The UTF-8 form of a JSON string read straight from the record's (valid UTF-8) bytes: the bytes
 * between the quotes with the escapes resolved. Words of eight bytes without a quote or a backslash
 * are copied as they are.
 */
final class JsonStrings {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH = 0x8080808080808080L;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

  private JsonStrings() {}

  /**
   * The UTF-8 bytes of the JSON string whose opening quote is at {@code b[quote]}, within {@code
   * b[0..limit)}; null when it spells a surrogate escape ({@code \\uD800..\\uDFFF}), or is not a
   * complete, well-escaped string there (the parser reports that).
   */
  static byte[] utf8(byte[] b, int quote, int limit) {
    if (quote < 0 || quote >= limit || b[quote] != '"') {
      return null;
    }
    byte[] out = new byte[limit - quote];
    int o = 0;
    int run = quote + 1; // start of the bytes not yet copied
    int i = run;
    while (true) {
      while (i + 8 <= limit && !hasQuoteOrBackslash((long) LONGS.get(b, i))) {
        i += 8;
      }
      if (i >= limit) {
        return null;
      }
      byte c = b[i];
      if (c == '"') {
        System.arraycopy(b, run, out, o, i - run);
        return Arrays.copyOf(out, o + i - run);
      }
      if (c != '\\') {
        i++;
        continue;
      }
      System.arraycopy(b, run, out, o, i - run);
      o += i - run;
      int used = unescape(b, i, limit, out, o);
      if (used < 0) {
        return null;
      }
      o += used >>> 8;
      i += used & 0xFF;
      run = i;
    }
  }

  /**
   * Writes the char escaped at {@code b[i]} (a backslash) to {@code out[o..]}; returns the bytes
   * written in bits 8 and up and the bytes read in bits 0..7, or -1 for a surrogate, an unknown
   * escape or one cut short.
   */
  private static int unescape(byte[] b, int i, int limit, byte[] out, int o) {
    if (i + 1 >= limit) {
      return -1;
    }
    int simple =
        switch (b[i + 1]) {
          case '"' -> '"';
          case '\\' -> '\\';
          case '/' -> '/';
          case 'b' -> '\b';
          case 'f' -> '\f';
          case 'n' -> '\n';
          case 'r' -> '\r';
          case 't' -> '\t';
          default -> -1;
        };
    if (simple >= 0) {
      out[o] = (byte) simple;
      return 1 << 8 | 2;
    }
    if (b[i + 1] != 'u' || i + 6 > limit) {
      return -1;
    }
    int cp = 0;
    for (int k = i + 2; k < i + 6; k++) {
      int d = Character.digit(b[k], 16);
      if (d < 0) {
        return -1;
      }
      cp = cp << 4 | d;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return -1;
    }
    return encode(cp, out, o) << 8 | 6;
  }

  /** Writes BMP code point {@code cp} (not a surrogate) as UTF-8; returns the bytes written. */
  private static int encode(int cp, byte[] out, int o) {
    if (cp < 0x80) {
      out[o] = (byte) cp;
      return 1;
    }
    if (cp < 0x800) {
      out[o] = (byte) (0xC0 | cp >>> 6);
      out[o + 1] = (byte) (0x80 | (cp & 0x3F));
      return 2;
    }
    out[o] = (byte) (0xE0 | cp >>> 12);
    out[o + 1] = (byte) (0x80 | (cp >>> 6 & 0x3F));
    out[o + 2] = (byte) (0x80 | (cp & 0x3F));
    return 3;
  }

  private static boolean hasQuoteOrBackslash(long w) {
    long q = w ^ QUOTES;
    long s = w ^ BACKSLASHES;
    return ((((q - ONES) & ~q) | ((s - ONES) & ~s)) & HIGH) != 0;
  }
}
