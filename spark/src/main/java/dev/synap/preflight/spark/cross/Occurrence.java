package dev.synap.preflight.spark.cross;

import dev.synap.preflight.validator.run.ProcessedRecord;
import java.io.Serializable;
import java.util.Comparator;

/**
 * One occurrence of a document id or a normalized text, shuffled on its key and sorted by input
 * order within the key, so the first occurrence comes first.
 *
 * @param kind {@link #ID} or {@link #TEXT}
 * @param hi high half of the key's 128-bit hash
 * @param lo low half
 * @param pos the record's place in input order
 * @param line the record's line in its file
 * @param byteOffset the record's byte offset
 * @param keys the record's duplicate keys
 */
public record Occurrence(
    int kind,
    long hi,
    long lo,
    Pos pos,
    long line,
    long byteOffset,
    ProcessedRecord.DuplicateKeys keys)
    implements Serializable {
  public static final int ID = 0;
  public static final int TEXT = 1;

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
      return c != 0 ? c : a.pos.compareTo(b.pos);
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
