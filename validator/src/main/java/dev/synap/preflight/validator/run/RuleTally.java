package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.config.Severity;

/**
 * Exact counts of one rule's findings by severity, and how many examples were kept.
 *
 * @param truncated more findings exist than examples were kept
 */
public record RuleTally(
    RuleId rule, long errors, long warnings, long infos, int examples, boolean truncated) {
  /**
   * The tally of {@code rule} from its counts per severity (indexed by {@link Severity#ordinal()})
   * and the number of examples kept.
   */
  public static RuleTally of(RuleId rule, long[] bySeverity, int examples) {
    long total = bySeverity[0] + bySeverity[1] + bySeverity[2];
    return new RuleTally(
        rule,
        bySeverity[Severity.ERROR.ordinal()],
        bySeverity[Severity.WARNING.ordinal()],
        bySeverity[Severity.INFO.ordinal()],
        examples,
        total > examples);
  }

  public long total() {
    return errors + warnings + infos;
  }
}
