package dev.synap.preflight.validator.run;

/**
 * An open-addressing hash table from a 128-bit key to two longs, in four parallel arrays: 32 bytes
 * an entry, no object per entry, so ten million distinct ids fit in a few hundred megabytes. Not
 * thread-safe: only the run's aggregator thread uses it.
 */
final class HashIndex {
  private static final double LOAD = 0.65;

  private long[] hi;
  private long[] lo;
  private long[] first;
  private long[] second;
  private int size;
  private int mask;

  HashIndex(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, (int) (expected / LOAD)) - 1) << 1;
    allocate(cap);
  }

  int size() {
    return size;
  }

  /**
   * Returns the slot of the key if present, else inserts it with the given values and returns
   * {@code -1}. Read a present entry with {@link #first(int)} and {@link #second(int)}.
   */
  int putIfAbsent(long keyHi, long keyLo, long v1, long v2) {
    if (keyHi == 0 && keyLo == 0) {
      keyLo = 1; // (0, 0) marks an empty slot
    }
    int slot = (int) mix(keyHi ^ keyLo) & mask;
    while (true) {
      if (hi[slot] == 0 && lo[slot] == 0) {
        hi[slot] = keyHi;
        lo[slot] = keyLo;
        first[slot] = v1;
        second[slot] = v2;
        if (++size > (mask + 1) * LOAD) {
          grow();
        }
        return -1;
      }
      if (hi[slot] == keyHi && lo[slot] == keyLo) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  long first(int slot) {
    return first[slot];
  }

  long second(int slot) {
    return second[slot];
  }

  private void allocate(int cap) {
    hi = new long[cap];
    lo = new long[cap];
    first = new long[cap];
    second = new long[cap];
    mask = cap - 1;
  }

  private void grow() {
    long[] oh = hi;
    long[] ol = lo;
    long[] of = first;
    long[] os = second;
    allocate(oh.length * 2);
    size = 0;
    for (int i = 0; i < oh.length; i++) {
      if (oh[i] != 0 || ol[i] != 0) {
        putIfAbsent(oh[i], ol[i], of[i], os[i]);
      }
    }
  }

  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    return k;
  }
}
