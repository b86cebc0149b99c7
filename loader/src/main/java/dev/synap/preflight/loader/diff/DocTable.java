package dev.synap.preflight.loader.diff;

import dev.synap.preflight.loader.journal.DocumentFingerprint;
import dev.synap.preflight.loader.journal.Fingerprint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document ids with a phase and a fingerprint each, in flat arrays: an open-addressing table of
 * entry numbers over entries kept in insertion order, each id as UTF-8 in pages of bytes with a
 * 64-bit hash beside it (compared before the bytes). No object per document: a million documents
 * cost about 100 bytes each and nothing for the collector to trace, where a map of states and
 * strings costs several hundred. An entry is never removed, only marked {@link #ABSENT}.
 */
final class DocTable {
  static final byte ABSENT = 0;
  static final byte IN_FLIGHT = 1;
  static final byte LOADED = 2;
  static final byte NOT_LOADED = 3;

  private static final byte FP_NONE = 0;
  private static final byte FP_WHOLE = 1;
  private static final byte FP_FULL = 2;
  private static final byte FP_OTHER = 3;
  private static final int PARTS = DocumentFingerprint.Part.values().length;
  private static final int PAGE = 1 << 20;
  private static final byte UTF16_MARK = (byte) 0xff; // never a byte of UTF-8

  private int[] slots = new int[1 << 10]; // entry + 1; 0 is empty
  private long[] hashes = new long[1 << 9];
  // Entry e's id: pages[(int) (at[e] >>> 32)] from (int) at[e], lengths[e] bytes. Pages are never
  // copied or reallocated, so a growing table leaves no large garbage behind.
  private long[] at = new long[1 << 9];
  private int[] lengths = new int[1 << 9];
  private final List<byte[]> pages = new ArrayList<>();
  private byte[] page = new byte[0];
  private int pageUsed;
  private byte[] phases = new byte[1 << 9];
  private byte[] kinds = new byte[1 << 9];
  private long[] wholes = new long[1 << 9];
  private int[] parts = new int[(1 << 9) * PARTS];
  private final Map<Integer, String> other = new HashMap<>();
  private int size;

  /** Entries so far (absent ones included); entry numbers run from 0 to this, exclusive. */
  int entries() {
    return size;
  }

  /** The entry of {@code id}, or -1 when the table never had it. */
  int find(String id) {
    byte[] bytes = bytes(id);
    long h = hash(bytes);
    int mask = slots.length - 1;
    for (int s = (int) h & mask; slots[s] != 0; s = (s + 1) & mask) {
      int e = slots[s] - 1;
      if (hashes[e] == h && sameId(e, bytes)) {
        return e;
      }
    }
    return -1;
  }

  /** The entry of {@code id}, added (absent, no fingerprint) when new. */
  int add(String id) {
    byte[] bytes = bytes(id);
    long h = hash(bytes);
    int mask = slots.length - 1;
    int s = (int) h & mask;
    for (; slots[s] != 0; s = (s + 1) & mask) {
      int e = slots[s] - 1;
      if (hashes[e] == h && sameId(e, bytes)) {
        return e;
      }
    }
    if (size == hashes.length) {
      grow();
    }
    int e = size++;
    store(e, bytes);
    hashes[e] = h;
    slots[s] = e + 1;
    if (size * 2 > slots.length) {
      rehash();
    }
    return e;
  }

  private void store(int e, byte[] bytes) {
    if (pageUsed + bytes.length > page.length) {
      page = new byte[Math.max(PAGE, bytes.length)];
      pages.add(page);
      pageUsed = 0;
    }
    System.arraycopy(bytes, 0, page, pageUsed, bytes.length);
    at[e] = ((long) (pages.size() - 1) << 32) | pageUsed;
    lengths[e] = bytes.length;
    pageUsed += bytes.length;
  }

  private boolean sameId(int e, byte[] bytes) {
    int from = (int) at[e];
    return lengths[e] == bytes.length
        && Arrays.equals(
            pages.get((int) (at[e] >>> 32)), from, from + bytes.length, bytes, 0, bytes.length);
  }

  String id(int entry) {
    byte[] page = pages.get((int) (at[entry] >>> 32));
    int from = (int) at[entry];
    int length = lengths[entry];
    if (length > 0 && page[from] == UTF16_MARK) {
      char[] chars = new char[(length - 1) / 2];
      for (int i = 0; i < chars.length; i++) {
        chars[i] =
            (char) (((page[from + 1 + 2 * i] & 0xff) << 8) | (page[from + 2 + 2 * i] & 0xff));
      }
      return new String(chars);
    }
    return new String(page, from, length, StandardCharsets.UTF_8);
  }

  /**
   * The id's UTF-8, or for an id UTF-8 cannot hold (an unpaired surrogate, which it would turn into
   * '?', so that two ids would meet) a mark no UTF-8 starts with and its UTF-16 code units.
   */
  private static byte[] bytes(String id) {
    byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
    for (byte b : utf8) {
      if (b == '?') {
        return new String(utf8, StandardCharsets.UTF_8).equals(id) ? utf8 : utf16(id);
      }
    }
    return utf8;
  }

  private static byte[] utf16(String id) {
    byte[] out = new byte[1 + 2 * id.length()];
    out[0] = UTF16_MARK;
    for (int i = 0; i < id.length(); i++) {
      out[1 + 2 * i] = (byte) (id.charAt(i) >> 8);
      out[2 + 2 * i] = (byte) id.charAt(i);
    }
    return out;
  }

  byte phase(int entry) {
    return phases[entry];
  }

  void phase(int entry, byte phase) {
    phases[entry] = phase;
  }

  /** Keeps {@code text}, a journaled fingerprint (null for none). */
  void fingerprint(int entry, String text) {
    if (kinds[entry] == FP_OTHER) {
      other.remove(entry);
    }
    Fingerprint f = text == null ? null : Fingerprint.parse(text);
    if (text == null) {
      kinds[entry] = FP_NONE;
    } else if (f != null) {
      kinds[entry] = FP_FULL;
      wholes[entry] = f.whole();
      for (int i = 0; i < PARTS; i++) {
        parts[entry * PARTS + i] = f.part(i);
      }
    } else if (Fingerprint.isWholeOnly(text)) {
      kinds[entry] = FP_WHOLE;
      wholes[entry] = Fingerprint.wholeOf(text);
    } else {
      kinds[entry] = FP_OTHER;
      other.put(entry, text);
    }
  }

  /** Gives {@code entry} the fingerprint of {@code from}'s entry {@code source}. */
  void copyFingerprint(int entry, DocTable from, int source) {
    if (kinds[entry] == FP_OTHER) {
      other.remove(entry);
    }
    kinds[entry] = from.kinds[source];
    wholes[entry] = from.wholes[source];
    System.arraycopy(from.parts, source * PARTS, parts, entry * PARTS, PARTS);
    if (kinds[entry] == FP_OTHER) {
      other.put(entry, from.other.get(source));
    }
  }

  /** Whether the entry's fingerprint is of the same content as {@code now}. */
  boolean same(int entry, Fingerprint now) {
    return switch (kinds[entry]) {
      case FP_FULL, FP_WHOLE -> wholes[entry] == now.whole();
      case FP_OTHER -> DocumentFingerprint.same(other.get(entry), now.toString());
      default -> false;
    };
  }

  /** Where {@code now} differs from the entry's fingerprint; empty when that has no parts. */
  List<DocumentFingerprint.Part> changed(int entry, Fingerprint now) {
    return switch (kinds[entry]) {
      case FP_FULL -> DocumentFingerprint.changed(fingerprintOf(entry), now);
      case FP_OTHER -> DocumentFingerprint.changed(other.get(entry), now.toString());
      default -> List.of();
    };
  }

  private Fingerprint fingerprintOf(int entry) {
    int p = entry * PARTS;
    return new Fingerprint(
        wholes[entry], parts[p], parts[p + 1], parts[p + 2], parts[p + 3], parts[p + 4]);
  }

  private void grow() {
    int n = hashes.length * 2;
    hashes = Arrays.copyOf(hashes, n);
    at = Arrays.copyOf(at, n);
    lengths = Arrays.copyOf(lengths, n);
    phases = Arrays.copyOf(phases, n);
    kinds = Arrays.copyOf(kinds, n);
    wholes = Arrays.copyOf(wholes, n);
    parts = Arrays.copyOf(parts, n * PARTS);
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int e = 0; e < size; e++) {
      int s = (int) hashes[e] & mask;
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = e + 1;
    }
  }

  /** A 64-bit hash of the id's bytes, mixed so that its low bits (the slot) depend on all. */
  private static long hash(byte[] bytes) {
    long h = 0x9E3779B97F4A7C15L ^ bytes.length;
    for (byte b : bytes) {
      h = (h ^ (b & 0xff)) * 0x100000001B3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }
}
