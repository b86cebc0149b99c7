package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.config.Severity;

/**
 * Exact counts of one rule's findings by severity, and how many examples were kept.
 *
 * @param truncated more findings exist than examples were kept
 * @param acceptedErrors how many of {@code errors} a baseline accepted (0 without a baseline)
 * @param acceptedWarnings how many of {@code warnings} a baseline accepted
 * @param acceptedInfos how many of {@code infos} a baseline accepted
 */
public record RuleTally(
    RuleId rule,
    long errors,
    long warnings,
    long infos,
    int examples,
    boolean truncated,
    long acceptedErrors,
    long acceptedWarnings,
    long acceptedInfos) {

  /** Counts without a baseline. */
  public RuleTally(
      RuleId rule, long errors, long warnings, long infos, int examples, boolean truncated) {
    this(rule, errors, warnings, infos, examples, truncated, 0, 0, 0);
  }

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

  /** Findings a baseline accepted (still present), of every severity. */
  public long accepted() {
    return acceptedErrors + acceptedWarnings + acceptedInfos;
  }
}
