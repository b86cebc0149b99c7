package dev.synap.preflight.reports.model;

/**
 * Exact count of one rule. A report lists all rules, in the order of DESIGN.md's table.
 *
 * @param rule the stable rule id, e.g. {@code conflicting-id}
 * @param severity the effective severity: {@code error}, {@code warning}, {@code info} or {@code
 *     off}
 * @param description one line saying what the rule detects
 * @param count exact number of findings of this rule ({@code errors + warnings + infos})
 * @param errors exact number of them at severity error
 * @param warnings exact number at severity warning
 * @param infos exact number at severity info (a rule can report informational sub-cases, e.g. a
 *     naive timestamp under {@code invalid-timestamp})
 * @param examples how many of them are listed in {@link ValidationReport#findings()}
 * @param truncated whether {@code examples < count} because of the per-rule cap
 */
public record RuleCount(
    String rule,
    String severity,
    String description,
    long count,
    long errors,
    long warnings,
    long infos,
    int examples,
    boolean truncated) {

  /** Exact number of this rule's findings that fail a gate at {@code failOn} (error|warning). */
  public long countAtOrAbove(String failOn) {
    return "warning".equals(failOn) ? errors + warnings : errors;
  }
}
