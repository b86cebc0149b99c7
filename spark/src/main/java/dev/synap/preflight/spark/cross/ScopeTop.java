package dev.synap.preflight.spark.cross;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import scala.Tuple2;

/**
 * How many distinct users (or customers) hold documents and the busiest of them, most documents
 * first and then by id, as the single-machine statistics rank them; built per partition of the
 * per-id counts a shuffle produced, and merged. Holds {@code top} entries.
 */
public final class ScopeTop implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int top;
  private long distinct;
  private List<Entry> best = new ArrayList<>();

  /** An id and its document count. */
  record Entry(String id, long count) implements Serializable {}

  public ScopeTop(int top) {
    this.top = top;
  }

  /** The distinct ids and top entries of one partition of (id, count) pairs. */
  public static ScopeTop of(int top, Iterator<Tuple2<String, Long>> counts) {
    ScopeTop t = new ScopeTop(top);
    List<Entry> all = new ArrayList<>();
    while (counts.hasNext()) {
      Tuple2<String, Long> c = counts.next();
      t.distinct++;
      all.add(new Entry(c._1(), c._2()));
      if (all.size() >= 4 * top + 64) {
        all = t.cut(all);
      }
    }
    t.best = t.cut(all);
    return t;
  }

  public ScopeTop merge(ScopeTop o) {
    distinct += o.distinct;
    List<Entry> all = new ArrayList<>(best);
    all.addAll(o.best);
    best = cut(all);
    return this;
  }

  private List<Entry> cut(List<Entry> all) {
    all.sort(java.util.Comparator.comparingLong(Entry::count).reversed().thenComparing(Entry::id));
    return new ArrayList<>(all.size() > top ? all.subList(0, top) : all);
  }

  public long distinct() {
    return distinct;
  }

  public List<Map.Entry<String, Long>> top() {
    return best.stream().map(e -> Map.entry(e.id(), e.count())).toList();
  }
}
