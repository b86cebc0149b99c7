package dev.synap.preflight.spark.cross;

import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.validator.finding.Finding;
import dev.synap.preflight.validator.run.DuplicateFindings;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import scala.Tuple2;

/**
 * Walks one partition of occurrences sorted by key and input order: the first occurrence of each
 * key is the original, every later one is compared with it, as {@code DuplicateTracker} compares a
 * record with the first one its hash index kept. Holds one occurrence at a time.
 */
public final class DuplicateWalk {
  private DuplicateWalk() {}

  /** The findings of the later occurrences, with their files' line numbers. */
  public static Iterator<PosFinding> findings(
      CheckConfig config,
      List<String> names,
      LineBases bases,
      Iterator<Tuple2<Occurrence, Boolean>> sorted) {
    return new Iterator<>() {
      private Occurrence first;
      private String firstWhere;
      private final ArrayDeque<PosFinding> ready = new ArrayDeque<>(2);

      @Override
      public boolean hasNext() {
        while (ready.isEmpty() && sorted.hasNext()) {
          step(sorted.next()._1());
        }
        return !ready.isEmpty();
      }

      @Override
      public PosFinding next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.poll();
      }

      private void step(Occurrence o) {
        if (!o.sameKey(first)) {
          first = o;
          firstWhere = null;
          return;
        }
        if (o.kind() == Occurrence.TEXT && o.idHi() == first.idHi()) {
          return; // the same text under the same id is no duplicate content
        }
        if (firstWhere == null) {
          firstWhere = names.get(first.file()) + ":" + line(first);
        }
        String file = names.get(o.file());
        if (o.kind() == Occurrence.ID) {
          add(
              DuplicateFindings.id(
                  config,
                  file,
                  line(o),
                  o.byteOffset(),
                  o.documentId(),
                  o.signature(),
                  firstWhere,
                  first.signature()),
              o.pos(Pos.SUB_ID));
        } else {
          add(
              DuplicateFindings.content(
                  config, file, line(o), o.byteOffset(), o.documentId(), firstWhere),
              o.pos(Pos.SUB_TEXT));
        }
      }

      private long line(Occurrence o) {
        return bases.line(o.file(), o.part(), o.line());
      }

      private void add(List<Finding> found, Pos at) {
        for (Finding f : found) {
          ready.add(new PosFinding(at, f));
        }
      }
    };
  }

  /** How many distinct document ids a sorted partition holds. */
  public static long distinctIds(Iterator<Tuple2<Occurrence, Boolean>> sorted) {
    long n = 0;
    Occurrence last = null;
    while (sorted.hasNext()) {
      Occurrence o = sorted.next()._1();
      if (o.kind() == Occurrence.ID && !o.sameKey(last)) {
        n++;
      }
      last = o;
    }
    return n;
  }
}
