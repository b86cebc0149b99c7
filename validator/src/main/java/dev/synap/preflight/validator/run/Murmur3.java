package dev.synap.preflight.validator.run;

import java.nio.charset.StandardCharsets;

/**
 * MurmurHash3 x64 128-bit (Austin Appleby's public-domain algorithm), used to key the duplicate
 * index: 128 bits make an accidental collision among billions of ids negligible, so the index
 * stores hashes instead of the ids themselves.
 */
final class Murmur3 {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private Murmur3() {}

  /** The 128-bit hash of a string's UTF-8 bytes, as {high, low}. */
  static long[] hash128(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return hash128(b, b.length, 0);
  }

  static long[] hash128(byte[] data, int length, long seed) {
    long h1 = seed;
    long h2 = seed;
    int blocks = length / 16;
    for (int i = 0; i < blocks; i++) {
      int o = i * 16;
      long k1 = getLong(data, o);
      long k2 = getLong(data, o + 8);
      h1 ^= mixK1(k1);
      h1 = Long.rotateLeft(h1, 27) + h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(k2);
      h2 = Long.rotateLeft(h2, 31) + h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    long k1 = 0;
    long k2 = 0;
    int tail = blocks * 16;
    switch (length & 15) {
      case 15:
        k2 ^= (long) (data[tail + 14] & 0xff) << 48;
      // fall through
      case 14:
        k2 ^= (long) (data[tail + 13] & 0xff) << 40;
      // fall through
      case 13:
        k2 ^= (long) (data[tail + 12] & 0xff) << 32;
      // fall through
      case 12:
        k2 ^= (long) (data[tail + 11] & 0xff) << 24;
      // fall through
      case 11:
        k2 ^= (long) (data[tail + 10] & 0xff) << 16;
      // fall through
      case 10:
        k2 ^= (long) (data[tail + 9] & 0xff) << 8;
      // fall through
      case 9:
        k2 ^= data[tail + 8] & 0xff;
        h2 ^= mixK2(k2);
      // fall through
      case 8:
        k1 ^= (long) (data[tail + 7] & 0xff) << 56;
      // fall through
      case 7:
        k1 ^= (long) (data[tail + 6] & 0xff) << 48;
      // fall through
      case 6:
        k1 ^= (long) (data[tail + 5] & 0xff) << 40;
      // fall through
      case 5:
        k1 ^= (long) (data[tail + 4] & 0xff) << 32;
      // fall through
      case 4:
        k1 ^= (long) (data[tail + 3] & 0xff) << 24;
      // fall through
      case 3:
        k1 ^= (long) (data[tail + 2] & 0xff) << 16;
      // fall through
      case 2:
        k1 ^= (long) (data[tail + 1] & 0xff) << 8;
      // fall through
      case 1:
        k1 ^= data[tail] & 0xff;
        h1 ^= mixK1(k1);
      // fall through
      default:
        break;
    }
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

  private static long getLong(byte[] b, int o) {
    return (b[o] & 0xffL)
        | (b[o + 1] & 0xffL) << 8
        | (b[o + 2] & 0xffL) << 16
        | (b[o + 3] & 0xffL) << 24
        | (b[o + 4] & 0xffL) << 32
        | (b[o + 5] & 0xffL) << 40
        | (b[o + 6] & 0xffL) << 48
        | (b[o + 7] & 0xffL) << 56;
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
