package dev.synap.preflight.reports.console;

import dev.synap.preflight.reports.model.ReportFinding;
import dev.synap.preflight.reports.model.RuleCount;
import dev.synap.preflight.reports.model.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The first findings of each rule as {@link ProblemLine}s, for the log after the counts: rules in
 * report order, findings in input order. With a baseline only new findings are shown.
 */
public final class FindingLines {

  /** Findings shown per rule unless {@code --show} says otherwise. */
  public static final int DEFAULT_PER_RULE = 5;

  private FindingLines() {}

  /** At most {@code perRule} lines per rule ({@code 0}: none). */
  public static List<String> lines(ValidationReport report, int perRule) {
    List<String> out = new ArrayList<>();
    if (perRule <= 0) {
      return out;
    }
    List<ReportFinding> shown = report.shownFindings();
    for (RuleCount rule : report.rules()) {
      int n = 0;
      for (ReportFinding f : shown) {
        if (n == perRule) {
          break;
        }
        if (f.rule().equals(rule.rule())) {
          out.add(line(f));
          n++;
        }
      }
    }
    return out;
  }

  /** One finding as a line. */
  public static String line(ReportFinding f) {
    return ProblemLine.format(
        f.file(), f.line(), f.byteOffset(), f.severity(), f.rule(), f.message(), f.documentId());
  }
}
