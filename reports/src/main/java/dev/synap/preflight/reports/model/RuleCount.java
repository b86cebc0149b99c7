package dev.synap.preflight.reports.model;

/**
 * Exact count of one rule. A report lists all rules, in the order of DESIGN.md's table.
 *
 * @param rule the stable rule id, e.g. {@code conflicting-id}
 * @param severity the effective severity: {@code error}, {@code warning}, {@code info} or {@code
 *     off}
 * @param description one line saying what the rule detects
 * @param count exact number of findings of this rule
 * @param examples how many of them are listed in {@link ValidationReport#findings()}
 * @param truncated whether {@code examples < count} because of the per-rule cap
 */
public record RuleCount(
    String rule,
    String severity,
    String description,
    long count,
    int examples,
    boolean truncated) {}
