package dev.synap.preflight.verifier.index;

/**
 * The document ids added so far, as 64-bit hashes (about 16 bytes an id): whether an id may have
 * been seen. A "no" is certain, so the builder adds such a document without the delete-by-id an
 * update costs; a "maybe" (a repeated id, or a hash collision) takes the update path, which is
 * correct either way.
 */
final class SeenIds {
  private long[] table = new long[1 << 16];
  private int size;

  /** Records {@code id}; true when it (or an id with the same hash) was recorded before. */
  boolean add(String id) {
    long h = hash(id);
    int mask = table.length - 1;
    for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
      if (table[i] == h) {
        return true;
      }
      if (table[i] == 0) {
        table[i] = h;
        if (++size * 2 > table.length) {
          grow();
        }
        return false;
      }
    }
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    int mask = table.length - 1;
    for (long h : old) {
      if (h != 0) {
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (table[i] != 0) {
          i = (i + 1) & mask;
        }
        table[i] = h;
      }
    }
  }

  /** FNV-1a over the UTF-16 units, then a 64-bit finaliser; never 0 (the empty slot). */
  static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h = (h ^ id.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
