package dev.synap.preflight.verifier.run;

import dev.synap.preflight.verifier.index.Hit;
import dev.synap.preflight.verifier.trec.RunEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * One query's lines of the two run files, as written and as the IR metrics read them back: the
 * baseline's hits with their BM25 scores; Synap's attributed documents (first occurrence, top k)
 * with score {@code k - rank + 1}, as Synap's own scores are not reliably present.
 */
final class RunEntries {
  private RunEntries() {}

  static List<RunEntry> baseline(QueryResult r) {
    List<RunEntry> out = new ArrayList<>();
    for (Hit h : r.baseline()) {
      out.add(new RunEntry(r.query().id(), h.documentId(), h.rank(), h.score()));
    }
    return out;
  }

  static List<RunEntry> synap(QueryResult r, int k) {
    List<RunEntry> out = new ArrayList<>();
    List<String> ranking = r.synapRanking();
    for (int i = 0; i < ranking.size() && i < k; i++) {
      out.add(new RunEntry(r.query().id(), ranking.get(i), i + 1, k - i));
    }
    return out;
  }

  /** Whether the query counts in the IR metrics: labelled, and its fetch succeeded. */
  static boolean labelled(QueryResult r) {
    return r.query().knownItem() && r.error() == null;
  }
}
