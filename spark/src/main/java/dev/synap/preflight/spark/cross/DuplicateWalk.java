package dev.synap.preflight.spark.cross;

import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.validator.finding.Finding;
import dev.synap.preflight.validator.run.DuplicateFindings;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import scala.Tuple2;

/**
 * Walks one partition of occurrences sorted by key and input order: the first occurrence of each
 * key is the original, every later one is compared with it, as {@code DuplicateTracker} compares a
 * record with the first one its hash index kept. Holds one occurrence at a time.
 */
public final class DuplicateWalk {
  private DuplicateWalk() {}

  /** The findings of the later occurrences. */
  public static Iterator<PosFinding> findings(
      CheckConfig config, List<String> names, Iterator<Tuple2<Occurrence, Boolean>> sorted) {
    return new Iterator<>() {
      private Occurrence first;
      private final List<PosFinding> ready = new ArrayList<>(2);

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
          throw new java.util.NoSuchElementException();
        }
        return ready.remove(0);
      }

      private void step(Occurrence o) {
        if (!o.sameKey(first)) {
          first = o;
          return;
        }
        String file = names.get(o.pos().file());
        String where = names.get(first.pos().file()) + ":" + first.line();
        if (o.kind() == Occurrence.ID) {
          add(
              DuplicateFindings.id(
                  config,
                  file,
                  o.line(),
                  o.byteOffset(),
                  o.keys(),
                  where,
                  first.keys().signature()),
              o.pos(),
              Pos.SUB_ID);
        } else if (o.keys().idHi() != first.keys().idHi()) {
          add(
              DuplicateFindings.content(
                  config, file, o.line(), o.byteOffset(), o.keys().documentId(), where),
              o.pos(),
              Pos.SUB_TEXT);
        }
      }

      private void add(List<Finding> found, Pos at, int sub) {
        for (Finding f : found) {
          ready.add(new PosFinding(new Pos(at.file(), at.part(), at.seq(), sub), f));
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
