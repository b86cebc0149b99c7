package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.config.Severity;
import dev.synap.preflight.validator.finding.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts every finding exactly and keeps the first {@code maxExamples} of each rule, in input
 * order. Used by the aggregator thread only.
 */
final class FindingTally {
  private final int maxExamples;
  private final long[][] counts = new long[RuleId.values().length][Severity.values().length];
  private final int[] kept = new int[RuleId.values().length];
  private final List<Finding> examples = new ArrayList<>();

  FindingTally(int maxExamples) {
    this.maxExamples = maxExamples;
  }

  void add(Finding f) {
    int r = f.rule().ordinal();
    counts[r][f.severity().ordinal()]++;
    if (kept[r] < maxExamples) {
      kept[r]++;
      examples.add(f);
    }
  }

  void addAll(List<Finding> findings) {
    for (Finding f : findings) {
      add(f);
    }
  }

  long count(Severity severity) {
    long n = 0;
    for (long[] bySeverity : counts) {
      n += bySeverity[severity.ordinal()];
    }
    return n;
  }

  List<RuleTally> tallies() {
    List<RuleTally> out = new ArrayList<>();
    for (RuleId rule : RuleId.values()) {
      out.add(RuleTally.of(rule, counts[rule.ordinal()], kept[rule.ordinal()]));
    }
    return out;
  }

  List<Finding> examples() {
    return examples;
  }
}
