package dev.synap.preflight.reports.model;

import java.util.List;

/**
 * The run against an accepted baseline ({@code --baseline}): only new findings count for the gate.
 *
 * @param file the baseline report as given on the command line
 * @param newFindings findings of this run the baseline did not have (all severities)
 * @param stillPresent findings of this run the baseline accepted
 * @param fixed findings of the baseline this run no longer has
 * @param rules the same counts per rule, for rules where any of them is not zero, in rule order
 */
public record BaselineSummary(
    String file, long newFindings, long stillPresent, long fixed, List<RuleBaseline> rules) {
  public BaselineSummary {
    rules = Copies.list(rules);
  }

  /**
   * One line for people, e.g. {@code 3 new, 120 still present, 4 fixed since baseline old.json}.
   * {@code file} is untrusted text: callers escape the line for where it goes.
   */
  public String sentence() {
    return newFindings
        + " new, "
        + stillPresent
        + " still present, "
        + fixed
        + " fixed since baseline "
        + file;
  }

  /**
   * One rule's counts against the baseline.
   *
   * @param rule the rule id
   * @param newFindings this run's findings of the rule that are new
   * @param stillPresent this run's findings of the rule the baseline accepted
   * @param fixed the baseline's findings of the rule this run no longer has
   * @param newFailing how many of {@code newFindings} are at or above the gate's fail-on severity
   *     (what the gate counts for the rule)
   */
  public record RuleBaseline(
      String rule, long newFindings, long stillPresent, long fixed, long newFailing) {}

  /** The rule's new findings at or above the fail-on severity; 0 when the rule has none. */
  public long newFailing(String rule) {
    return rules.stream()
        .filter(r -> r.rule().equals(rule))
        .mapToLong(RuleBaseline::newFailing)
        .sum();
  }
}
