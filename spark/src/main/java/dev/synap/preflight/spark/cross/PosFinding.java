package dev.synap.preflight.spark.cross;

import dev.synap.preflight.validator.finding.Finding;
import java.io.Serializable;

/** A finding, with its file's line numbers, and its place in input order (unique per finding). */
public record PosFinding(Pos pos, Finding finding) implements Comparable<PosFinding>, Serializable {
  @Override
  public int compareTo(PosFinding o) {
    return pos.compareTo(o.pos);
  }
}
