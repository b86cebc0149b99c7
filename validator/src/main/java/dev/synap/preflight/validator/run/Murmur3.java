package dev.synap.preflight.validator.run;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * MurmurHash3 x64 128-bit (Austin Appleby's public-domain algorithm), used to key the duplicate
 * index: 128 bits make an accidental collision among billions of ids negligible, so the index
 * stores hashes instead of the ids themselves.
 */
final class Murmur3 {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Murmur3() {}

  /** The 128-bit hash of a string's UTF-16 code units, as {high, low}; no copy of the chars. */
  static long[] hash128(CharSequence s) {
    int n = s.length();
    long h1 = 0;
    long h2 = 0;
    int blocks = n / 8;
    for (int i = 0; i < blocks; i++) {
      int o = i * 8;
      long k1 = chars4(s, o);
      long k2 = chars4(s, o + 4);
      h1 ^= mixK1(k1);
      h1 = Long.rotateLeft(h1, 27) + h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(k2);
      h2 = Long.rotateLeft(h2, 31) + h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    long k1 = 0;
    long k2 = 0;
    int tail = blocks * 8;
    int rest = n - tail;
    for (int i = 0; i < rest; i++) {
      long c = s.charAt(tail + i);
      if (i < 4) {
        k1 |= c << (16 * i);
      } else {
        k2 |= c << (16 * (i - 4));
      }
    }
    return tail(h1, h2, k1, k2, rest, n);
  }

  /**
   * The 128-bit hash of {@code s[0..n)}, as {high, low}: the algorithm over the little-endian bytes
   * of the chars, computed without encoding them.
   */
  static long[] hash128(char[] s, int n) {
    long h1 = 0;
    long h2 = 0;
    int blocks = n / 8;
    for (int i = 0; i < blocks; i++) {
      int o = i * 8;
      long k1 = chars4(s, o);
      long k2 = chars4(s, o + 4);
      h1 ^= mixK1(k1);
      h1 = Long.rotateLeft(h1, 27) + h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(k2);
      h2 = Long.rotateLeft(h2, 31) + h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    long k1 = 0;
    long k2 = 0;
    int tail = blocks * 8;
    int rest = n - tail;
    for (int i = 0; i < rest; i++) {
      long c = s[tail + i];
      if (i < 4) {
        k1 |= c << (16 * i);
      } else {
        k2 |= c << (16 * (i - 4));
      }
    }
    return tail(h1, h2, k1, k2, rest, n);
  }

  /** The 128-bit hash of the bytes {@code b[0..n)}, as {high, low}: the algorithm as published. */
  static long[] hash128(byte[] b, int n) {
    long h1 = 0;
    long h2 = 0;
    int blocks = n / 16;
    for (int i = 0; i < blocks; i++) {
      int o = i * 16;
      h1 ^= mixK1((long) LONGS.get(b, o));
      h1 = Long.rotateLeft(h1, 27) + h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2((long) LONGS.get(b, o + 8));
      h2 = Long.rotateLeft(h2, 31) + h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    long k1 = 0;
    long k2 = 0;
    int tail = blocks * 16;
    int rest = n - tail;
    for (int i = 0; i < rest; i++) {
      long c = b[tail + i] & 0xFFL;
      if (i < 8) {
        k1 |= c << (8 * i);
      } else {
        k2 |= c << (8 * (i - 8));
      }
    }
    if (rest > 8) {
      h2 ^= mixK2(k2);
    }
    if (rest > 0) {
      h1 ^= mixK1(k1);
    }
    return finish(h1, h2, n);
  }

  private static long[] tail(long h1, long h2, long k1, long k2, int rest, int n) {
    if (rest > 4) {
      h2 ^= mixK2(k2);
    }
    if (rest > 0) {
      h1 ^= mixK1(k1);
    }
    return finish(h1, h2, 2L * n);
  }

  private static long chars4(CharSequence s, int o) {
    return s.charAt(o)
        | (long) s.charAt(o + 1) << 16
        | (long) s.charAt(o + 2) << 32
        | (long) s.charAt(o + 3) << 48;
  }

  private static long chars4(char[] s, int o) {
    return s[o] | (long) s[o + 1] << 16 | (long) s[o + 2] << 32 | (long) s[o + 3] << 48;
  }

  private static long[] finish(long h1, long h2, long length) {
    h1 ^= length;
    h2 ^= length;
    h1 += h2;
    h2 += h1;
    h1 = fmix(h1);
    h2 = fmix(h2);
    h1 += h2;
    h2 += h1;
    return new long[] {h1, h2};
  }

  private static long mixK1(long k1) {
    return Long.rotateLeft(k1 * C1, 31) * C2;
  }

  private static long mixK2(long k2) {
    return Long.rotateLeft(k2 * C2, 33) * C1;
  }

  private static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
