package dev.synap.preflight.cli;

import dev.synap.preflight.loader.catchup.CatchUpSummary;
import dev.synap.preflight.rules.contract.Quoting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The lines {@code load --since} prints about what it retired, after the load's summary. */
final class CatchUpLines {
  /** Documents named with their reason before the rest is counted. */
  private static final int SHOWN = 10;

  private CatchUpLines() {}

  /** The summary's lines: what was retired, then each document not retired (the first ten). */
  static List<String> of(CatchUpSummary s, boolean deleteRemoved) {
    List<String> out = new ArrayList<>();
    String removed =
        s.removed() == 0
            ? "no document removed"
            : deleteRemoved
                ? s.removedRetired() + " of " + s.removed() + " removed document(s) deleted"
                : s.removed()
                    + " removed document(s) kept in Synap (listed by preflight diff;"
                    + " --delete-removed deletes them)";
    out.add(
        "catch-up: "
            + removed
            + ", "
            + s.replaced()
            + " changed document(s) replaced after a duplicate-id refusal, "
            + s.memoriesDeleted()
            + " earlier memories deleted"
            + (s.memoriesLeft() > 0
                ? ", " + s.memoriesLeft() + " left to delete (run the catch-up again)"
                : ""));
    int n = 0;
    for (Map.Entry<String, String> e : s.problems().entrySet()) {
      if (n++ == SHOWN) {
        out.add("  ... and " + (s.problems().size() - SHOWN) + " more not retired");
        break;
      }
      out.add("  not retired: " + Quoting.quote(e.getKey()) + ": " + e.getValue());
    }
    return out;
  }
}
