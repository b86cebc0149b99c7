package dev.synap.preflight.reports.model;

import java.util.List;

/**
 * The result of {@code preflight validate}: the root of {@code report.json}.
 *
 * @param schemaVersion version of this contract, {@link #SCHEMA_VERSION}
 * @param tool the tool that wrote the report
 * @param command the subcommand, {@code validate}
 * @param generatedAt when the report was generated, an ISO-8601 instant
 * @param durationMillis wall-clock duration of the run
 * @param configuration the effective configuration
 * @param inputs the input files, in command-line order
 * @param totals exact counts
 * @param rules one entry per rule id, all of them, in DESIGN.md table order
 * @param findings the listed findings (capped per rule, see {@link RuleCount#truncated()})
 * @param gate the CI gate's verdict
 * @param histograms size and time distributions
 * @param scopes the scope split
 * @param baseline new, still-present and fixed counts against {@code --baseline}, or null without
 *     one (since schema 1.1)
 */
public record ValidationReport(
    String schemaVersion,
    ToolInfo tool,
    String command,
    String generatedAt,
    long durationMillis,
    Configuration configuration,
    List<InputFile> inputs,
    Totals totals,
    List<RuleCount> rules,
    List<ReportFinding> findings,
    Gate gate,
    Histograms histograms,
    ScopeSummary scopes,
    BaselineSummary baseline) {

  /**
   * The current {@code schemaVersion}: 1.1 added {@code baseline} and {@code findings[].baseline}.
   */
  public static final String SCHEMA_VERSION = "1.1";

  /** The {@code command} of a validation report. */
  public static final String COMMAND_VALIDATE = "validate";

  public ValidationReport {
    inputs = Copies.list(inputs);
    rules = Copies.list(rules);
    findings = Copies.list(findings);
  }

  /**
   * The listed findings that count: all of them without a baseline, only the new ones with one.
   * What the log, annotations and code-quality reports show.
   */
  public List<ReportFinding> shownFindings() {
    return baseline == null ? findings : findings.stream().filter(f -> !f.accepted()).toList();
  }

  /** A report without a baseline. */
  public ValidationReport(
      String schemaVersion,
      ToolInfo tool,
      String command,
      String generatedAt,
      long durationMillis,
      Configuration configuration,
      List<InputFile> inputs,
      Totals totals,
      List<RuleCount> rules,
      List<ReportFinding> findings,
      Gate gate,
      Histograms histograms,
      ScopeSummary scopes) {
    this(
        schemaVersion,
        tool,
        command,
        generatedAt,
        durationMillis,
        configuration,
        inputs,
        totals,
        rules,
        findings,
        gate,
        histograms,
        scopes,
        null);
  }
}
