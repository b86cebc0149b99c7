package dev.synap.preflight.validator.check;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.validator.finding.RecordFindings;

/**
 * One check of one decoded and mapped record, in the style of one-validator-per-keyword: a check
 * owns one rule id, is stateless and thread-safe, and reports through {@link RecordFindings}.
 * Checks that need state across records (duplicates) live in the run, not here.
 */
public interface Check {
  /** The rule this check reports. */
  RuleId rule();

  /** Checks one record; must not throw for any input. */
  void check(RecordContext record, RecordFindings findings);
}
