package dev.synap.preflight.verifier.run;

import dev.synap.preflight.verifier.index.BaselineIndex;
import dev.synap.preflight.verifier.journal.DocumentLoad;
import dev.synap.preflight.verifier.journal.LoadJournal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage from a load journal: every export document's last journal entry decides whether it is
 * covered (completed with a memory), uncovered (failed or no memory) or not loaded (absent).
 */
final class CoverageCheck {
  private CoverageCheck() {}

  static Coverage of(BaselineIndex index, LoadJournal journal) {
    Map<String, DocumentLoad> last = new HashMap<>();
    for (DocumentLoad d : journal.documents()) {
      last.put(d.documentId(), d);
    }
    List<DocumentLoad> uncovered = new ArrayList<>();
    List<String> notLoaded = new ArrayList<>();
    int[] counts = new int[2];
    index.forEach(
        doc -> {
          counts[0]++;
          DocumentLoad d = last.get(doc.documentId());
          if (d == null) {
            notLoaded.add(doc.documentId());
          } else if (d.covered()) {
            counts[1]++;
          } else {
            uncovered.add(d);
          }
        });
    return new Coverage(counts[0], counts[1], uncovered, notLoaded);
  }
}
