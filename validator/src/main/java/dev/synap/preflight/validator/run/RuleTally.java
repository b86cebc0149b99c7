package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.config.RuleId;

/**
 * Exact counts of one rule's findings by severity, and how many examples were kept.
 *
 * @param truncated more findings exist than examples were kept
 */
public record RuleTally(
    RuleId rule, long errors, long warnings, long infos, int examples, boolean truncated) {
  public long total() {
    return errors + warnings + infos;
  }
}
