package dev.synap.preflight.spark.cross;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.config.Severity;
import dev.synap.preflight.validator.finding.Finding;
import dev.synap.preflight.validator.run.RuleTally;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Exact counts per rule and severity, and the first {@code maxExamples} findings of each rule in
 * input order, built per partition and merged: what the single-machine tally keeps, with at most
 * {@code maxExamples} findings per rule ever reaching the driver from a merge.
 */
public final class ExampleTally implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int maxExamples;
  private final long[][] counts = new long[RuleId.values().length][Severity.values().length];
  private final List<TreeSet<PosFinding>> kept = new ArrayList<>();

  public ExampleTally(int maxExamples) {
    this.maxExamples = maxExamples;
    for (int i = 0; i < RuleId.values().length; i++) {
      kept.add(new TreeSet<>());
    }
  }

  /** The tally of a partition's findings. */
  public static ExampleTally of(int maxExamples, Iterator<PosFinding> findings) {
    ExampleTally t = new ExampleTally(maxExamples);
    findings.forEachRemaining(t::add);
    return t;
  }

  public void add(PosFinding f) {
    int r = f.finding().rule().ordinal();
    counts[r][f.finding().severity().ordinal()]++;
    keep(r, f);
  }

  private void keep(int rule, PosFinding f) {
    TreeSet<PosFinding> set = kept.get(rule);
    if (set.size() < maxExamples) {
      set.add(f);
    } else if (maxExamples > 0 && f.pos().compareTo(set.last().pos()) < 0) {
      set.pollLast();
      set.add(f);
    }
  }

  /** Adds {@code other} into this tally and returns this. */
  public ExampleTally merge(ExampleTally other) {
    for (int r = 0; r < counts.length; r++) {
      for (int s = 0; s < counts[r].length; s++) {
        counts[r][s] += other.counts[r][s];
      }
      for (PosFinding f : other.kept.get(r)) {
        keep(r, f);
      }
    }
    return this;
  }

  /** Per rule, in rule order, as the report counts them. */
  public List<RuleTally> tallies() {
    List<RuleTally> out = new ArrayList<>();
    for (RuleId rule : RuleId.values()) {
      out.add(RuleTally.of(rule, counts[rule.ordinal()], kept.get(rule.ordinal()).size()));
    }
    return out;
  }

  /** The kept findings of every rule, in input order. */
  public List<Finding> examples() {
    TreeSet<PosFinding> all = new TreeSet<>();
    kept.forEach(all::addAll);
    return all.stream().map(PosFinding::finding).toList();
  }
}
