package dev.synap.preflight.spark.cross;

import java.io.Serializable;
import java.util.Comparator;

/**
 * One occurrence of a document id or a normalized text, shuffled on its key and sorted by input
 * order within the key, so the first occurrence comes first. Flat (no nested objects): it is
 * serialized for the shuffle.
 *
 * @param kind {@link #ID} or {@link #TEXT}
 * @param hi high half of the key's 128-bit hash
 * @param lo low half
 * @param file the record's file
 * @param part the part of the file it was read in
 * @param seq its rank in the part
 * @param line its line, counted from the part's start
 * @param byteOffset its byte offset
 * @param signature its content signature (ids: to tell a duplicate from a conflict)
 * @param idHi the high half of its id's hash (texts: to tell another id)
 * @param documentId its id, or null
 */
public record Occurrence(
    int kind,
    long hi,
    long lo,
    int file,
    int part,
    long seq,
    long line,
    long byteOffset,
    long signature,
    long idHi,
    String documentId)
    implements Serializable {
  public static final int ID = 0;
  public static final int TEXT = 1;

  /** The record's place in input order. */
  public Pos pos(int sub) {
    return new Pos(file, part, seq, sub);
  }

  /** Key order: the key, then input order. */
  public static final class Order implements Comparator<Occurrence>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Occurrence a, Occurrence b) {
      int c = Integer.compare(a.kind, b.kind);
      if (c == 0) {
        c = Long.compare(a.hi, b.hi);
      }
      if (c == 0) {
        c = Long.compare(a.lo, b.lo);
      }
      if (c == 0) {
        c = Integer.compare(a.file, b.file);
      }
      if (c == 0) {
        c = Integer.compare(a.part, b.part);
      }
      return c != 0 ? c : Long.compare(a.seq, b.seq);
    }
  }

  /** Whether {@code o} has the same key. */
  public boolean sameKey(Occurrence o) {
    return o != null && kind == o.kind && hi == o.hi && lo == o.lo;
  }

  /** Sends every occurrence of a key to the same partition. */
  public static final class ByKey extends org.apache.spark.Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;

    public ByKey(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      Occurrence o = (Occurrence) key;
      long h = o.hi * 31 + o.lo * 17 + o.kind;
      return (int) Math.floorMod(h ^ (h >>> 32), (long) partitions);
    }
  }
}
