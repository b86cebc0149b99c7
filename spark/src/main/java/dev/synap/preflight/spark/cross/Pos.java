package dev.synap.preflight.spark.cross;

import java.io.Serializable;
import java.util.Comparator;

/**
 * A place in input order, as the single-machine run folds results: file, part of the file, record
 * in the part, then the finding within the record (its own findings first, then the duplicate
 * ones).
 */
public record Pos(int file, int part, long seq, int sub) implements Comparable<Pos>, Serializable {
  /** {@code sub} of a record's duplicate-id finding: after its own findings. */
  public static final int SUB_ID = 1 << 30;

  /** {@code sub} of a record's duplicate-content finding: after its id finding. */
  public static final int SUB_TEXT = SUB_ID + 1;

  private static final Comparator<Pos> ORDER =
      Comparator.comparingInt(Pos::file)
          .thenComparingInt(Pos::part)
          .thenComparingLong(Pos::seq)
          .thenComparingInt(Pos::sub);

  @Override
  public int compareTo(Pos o) {
    return ORDER.compare(this, o);
  }
}
