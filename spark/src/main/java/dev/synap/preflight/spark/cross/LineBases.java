package dev.synap.preflight.spark.cross;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines before each part of a file (the sum of the line counts of its earlier parts), which
 * turn a part's line numbers into the file's. Known once every part has been read: the file is read
 * once, and only these counts travel.
 */
public final class LineBases implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<Long, Long> bases;

  private LineBases(Map<Long, Long> bases) {
    this.bases = bases;
  }

  /** How many lines part {@code part} of file {@code file} holds. */
  public record PartLines(int file, int part, long lines) {}

  /** The bases of the parts of every file read in parts. */
  public static LineBases of(List<PartLines> counts) {
    List<PartLines> parts = new ArrayList<>(counts);
    parts.sort(Comparator.comparingInt(PartLines::file).thenComparingInt(PartLines::part));
    Map<Long, Long> bases = new HashMap<>();
    int file = -1;
    long lines = 0;
    for (PartLines p : parts) {
      if (p.file() != file) {
        file = p.file();
        lines = 0;
      }
      bases.put(key(p.file(), p.part()), lines);
      lines += p.lines();
    }
    return new LineBases(bases);
  }

  /** The file's line of line {@code line} of part {@code part}. */
  public long line(int file, int part, long line) {
    return line + bases.getOrDefault(key(file, part), 0L);
  }

  private static long key(int file, int part) {
    return (long) file << 32 | part;
  }
}
