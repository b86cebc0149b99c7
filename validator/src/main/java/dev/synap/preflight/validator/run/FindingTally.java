package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.config.Severity;
import dev.synap.preflight.validator.baseline.BaselineMatcher;
import dev.synap.preflight.validator.baseline.BaselineOutcome;
import dev.synap.preflight.validator.finding.Finding;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Counts every finding exactly and keeps the first {@code maxExamples} of each rule, in input
 * order. With a baseline, every finding (kept or not) is matched and the accepted ones are counted
 * apart. Used by the aggregator thread only.
 */
final class FindingTally {
  private final int maxExamples;
  private final BaselineMatcher baseline;
  private final long[][] counts = new long[RuleId.values().length][Severity.values().length];
  private final long[][] accepted = new long[RuleId.values().length][Severity.values().length];
  private final int[] kept = new int[RuleId.values().length];
  private final List<Finding> examples = new ArrayList<>();
  private final BitSet acceptedExamples = new BitSet();

  FindingTally(int maxExamples, BaselineMatcher baseline) {
    this.maxExamples = maxExamples;
    this.baseline = baseline;
  }

  void add(Finding f) {
    int r = f.rule().ordinal();
    counts[r][f.severity().ordinal()]++;
    boolean known = baseline != null && baseline.accept(f);
    if (known) {
      accepted[r][f.severity().ordinal()]++;
    }
    if (kept[r] < maxExamples) {
      kept[r]++;
      if (known) {
        acceptedExamples.set(examples.size());
      }
      examples.add(f);
    }
  }

  void addAll(List<Finding> findings) {
    for (Finding f : findings) {
      add(f);
    }
  }

  List<RuleTally> tallies() {
    List<RuleTally> out = new ArrayList<>();
    for (RuleId rule : RuleId.values()) {
      long[] c = counts[rule.ordinal()];
      long[] a = accepted[rule.ordinal()];
      long total = c[0] + c[1] + c[2];
      int e = Severity.ERROR.ordinal();
      int w = Severity.WARNING.ordinal();
      int i = Severity.INFO.ordinal();
      out.add(
          new RuleTally(
              rule,
              c[e],
              c[w],
              c[i],
              kept[rule.ordinal()],
              total > kept[rule.ordinal()],
              a[e],
              a[w],
              a[i]));
    }
    return out;
  }

  List<Finding> examples() {
    return examples;
  }

  /** The outcome of the baseline matching, or null without a baseline. */
  BaselineOutcome baseline() {
    if (baseline == null) {
      return null;
    }
    return new BaselineOutcome(
        baseline.baseline().source(),
        baseline.baseline().total(),
        baseline.fixedByRule(),
        (BitSet) acceptedExamples.clone());
  }
}
