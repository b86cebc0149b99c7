package dev.synap.preflight.verifier.run;

import dev.synap.preflight.verifier.metrics.MeanInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The verify gate (DESIGN exit codes): any scope leak fails it, always; a threshold above 0 fails
 * it when the metric's mean (not its interval) is below it, or when no query could be measured;
 * with a journal, coverage under {@code minCoverage} fails it (the documents are named in the
 * coverage section).
 */
final class GateCheck {
  private GateCheck() {}

  static GateResult of(Summary s, VerifyOptions o) {
    return of(s, null, o);
  }

  /**
   * @param coverage the journal's coverage, or null without a journal
   */
  static GateResult of(Summary s, Coverage coverage, VerifyOptions o) {
    List<String> reasons = new ArrayList<>();
    if (s.leaks() > 0) {
      reasons.add(s.leaks() + " scope leak(s): items returned to a scope that may not see them");
    }
    threshold("recall@" + o.k(), s.recall(), o.minRecall(), "--min-recall", reasons);
    threshold("known-item hit rate", s.knownItem(), o.minKnownItem(), "--min-known-item", reasons);
    if (coverage != null && o.minCoverage() > 0 && coverage.rate() < o.minCoverage()) {
      reasons.add(
          "coverage "
              + coverage.covered()
              + " of "
              + coverage.exportDocuments()
              + " documents ("
              + fmt(coverage.rate())
              + ")"
              + " is below --min-coverage "
              + fmt(o.minCoverage())
              + ": "
              + (coverage.uncovered().size() - coverage.outcomeUnknown())
              + " document(s) failed ingestion or made no memory, "
              + coverage.outcomeUnknown()
              + " taken by the service with no known outcome (untracked or still queued: run"
              + " preflight load --track all with the same journal to settle them), "
              + coverage.notLoaded().size()
              + " missing from the journal");
    }
    return new GateResult(reasons.isEmpty(), reasons);
  }

  private static void threshold(
      String name, MeanInterval m, double min, String option, List<String> reasons) {
    if (min <= 0) {
      return;
    }
    if (m.n() == 0) {
      reasons.add(name + ": no query could be measured (" + option + " " + fmt(min) + ")");
    } else if (m.mean() < min) {
      reasons.add(name + " " + fmt(m.mean()) + " is below " + option + " " + fmt(min));
    }
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }
}
