package dev.synap.preflight.validator.run;

/**
 * An open-addressing hash table from a 128-bit key to two longs, in parallel arrays: 32 bytes a
 * slot, no object per entry, so ten million distinct ids fit in a few hundred megabytes. It is
 * split into {@value #SHARDS} shards chosen by the key's top hash bits that grow one at a time, so
 * growing needs room for one shard's old and new arrays, not the whole table's: ten million ids and
 * ten million texts validate in a 1.5 GB heap. Not thread-safe: only the run's aggregator thread
 * uses it.
 */
final class HashIndex {
  private static final double LOAD = 0.65;
  private static final int SHARD_BITS = 4;
  private static final int SHARDS = 1 << SHARD_BITS;
  private static final int SLOT_BITS = 31 - SHARD_BITS;

  private final Shard[] shards = new Shard[SHARDS];
  private int size;

  HashIndex(int expected) {
    for (int i = 0; i < SHARDS; i++) {
      shards[i] = new Shard(expected / SHARDS);
    }
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
    long hash = mix(keyHi ^ keyLo);
    int shard = (int) (hash >>> (64 - SHARD_BITS));
    int slot = shards[shard].putIfAbsent(hash, keyHi, keyLo, v1, v2);
    if (slot < 0) {
      size++;
      return -1;
    }
    return shard << SLOT_BITS | slot;
  }

  long first(int slot) {
    return shards[slot >>> SLOT_BITS].first[slot & ((1 << SLOT_BITS) - 1)];
  }

  long second(int slot) {
    return shards[slot >>> SLOT_BITS].second[slot & ((1 << SLOT_BITS) - 1)];
  }

  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    return k;
  }

  /** One shard: linear probing on the low bits of the hash. */
  private static final class Shard {
    private long[] hi;
    private long[] lo;
    private long[] first;
    private long[] second;
    private int size;
    private int mask;

    Shard(int expected) {
      allocate(Integer.highestOneBit(Math.max(16, (int) (expected / LOAD)) - 1) << 1);
    }

    int putIfAbsent(long hash, long keyHi, long keyLo, long v1, long v2) {
      int slot = (int) hash & mask;
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

    private void allocate(int cap) {
      if (cap > 1 << SLOT_BITS) {
        throw new IllegalStateException("more distinct keys than a duplicate index can hold");
      }
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
          putIfAbsent(mix(oh[i] ^ ol[i]), oh[i], ol[i], of[i], os[i]);
        }
      }
    }
  }
}
