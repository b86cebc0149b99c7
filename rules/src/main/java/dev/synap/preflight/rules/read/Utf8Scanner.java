package dev.synap.preflight.rules.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Strict UTF-8 validation that repairs in place. Rejected: stray continuation bytes, the lead bytes
 * C0, C1 and F5..FF, overlong forms, encoded surrogates (ED A0..ED BF), code points above U+10FFFF
 * and sequences cut short. Every byte of a rejected sequence is replaced by {@code '?'} (0x3F), so
 * offsets in the record stay as they were. Runs on every byte of every record: ASCII is checked
 * eight bytes at a time.
 */
public final class Utf8Scanner {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8Scanner() {}

  /** Validates {@code bytes[0..length)} and replaces each invalid byte with {@code '?'}. */
  public static Utf8Scan scanAndRepair(byte[] bytes, int length) {
    int invalid = 0;
    int[] offsets = null;
    int i = 0;
    while (i < length) {
      while (i + 8 <= length && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
        i += 8;
      }
      if (i >= length) {
        break;
      }
      int b0 = bytes[i];
      if (b0 >= 0) {
        i++;
        continue;
      }
      int n = sequenceLength(bytes, i, length);
      if (n > 0) {
        i += n;
        continue;
      }
      if (offsets == null) {
        offsets = new int[Utf8Scan.MAX_OFFSETS];
      }
      if (invalid < Utf8Scan.MAX_OFFSETS) {
        offsets[invalid] = i;
      }
      invalid++;
      bytes[i] = '?';
      i++;
    }
    if (invalid == 0) {
      return Utf8Scan.VALID;
    }
    return new Utf8Scan(invalid, Arrays.copyOf(offsets, Math.min(invalid, Utf8Scan.MAX_OFFSETS)));
  }

  private static final long ONES = 0x0101010101010101L;
  private static final long SPACES = 0x2020202020202020L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
  private static final long DELS = 0x7F7F7F7F7F7F7F7FL;

  /**
   * True when every string a JSON text in {@code bytes[0..length)} can decode to is printable
   * ASCII, tab, LF or CR: every byte is 0x20..0x7E and every backslash escape is one of {@code \"
   * \\ \/ \n \r \t}. Such a record needs no per-char text scanning. Eight bytes at a time; a word
   * with a backslash or a byte out of range is looked at byte by byte.
   */
  public static boolean plainAscii(byte[] bytes, int length) {
    int i = 0;
    while (i < length) {
      if (i + 8 <= length) {
        long w = (long) LONGS.get(bytes, i);
        if (!hasByteBelowSpace(w)
            && !hasByte(w, BACKSLASHES)
            && !hasByte(w, DELS)
            && (w & HIGH_BITS) == 0) {
          i += 8;
          continue;
        }
      }
      int b = bytes[i];
      if (b < 0x20 || b == 0x7F) {
        return false; // also every byte from 0x80, negative as a Java byte
      }
      if (b == '\\') {
        int e = i + 1 < length ? bytes[i + 1] : 0;
        if (e != '"' && e != '\\' && e != '/' && e != 'n' && e != 'r' && e != 't') {
          return false;
        }
        i += 2;
      } else {
        i++;
      }
    }
    return true;
  }

  private static boolean hasByteBelowSpace(long w) {
    return ((w - SPACES) & ~w & HIGH_BITS) != 0;
  }

  private static boolean hasByte(long w, long pattern) {
    long x = w ^ pattern;
    return ((x - ONES) & ~x & HIGH_BITS) != 0;
  }

  /**
   * Length of the valid multi-byte sequence at {@code i}, or 0 when the byte there does not start
   * one (the caller then repairs that one byte and looks at the next).
   */
  private static int sequenceLength(byte[] b, int i, int length) {
    int b0 = b[i] & 0xFF;
    if (b0 < 0xC2) {
      return 0; // continuation byte, or overlong lead C0/C1
    }
    if (b0 < 0xE0) {
      return i + 1 < length && isContinuation(b[i + 1]) ? 2 : 0;
    }
    if (b0 < 0xF0) {
      if (i + 2 >= length) {
        return 0;
      }
      int b1 = b[i + 1] & 0xFF;
      int lo = b0 == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
      int hi = b0 == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
      return b1 >= lo && b1 <= hi && isContinuation(b[i + 2]) ? 3 : 0;
    }
    if (b0 < 0xF5) {
      if (i + 3 >= length) {
        return 0;
      }
      int b1 = b[i + 1] & 0xFF;
      int lo = b0 == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
      int hi = b0 == 0xF4 ? 0x8F : 0xBF; // F4 90.. would be above U+10FFFF
      return b1 >= lo && b1 <= hi && isContinuation(b[i + 2]) && isContinuation(b[i + 3]) ? 4 : 0;
    }
    return 0;
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
