package dev.synap.preflight.cli;

import dev.synap.preflight.reports.ReportText;
import dev.synap.preflight.reports.console.FindingLines;
import dev.synap.preflight.reports.model.BaselineSummary;
import dev.synap.preflight.reports.model.ValidationReport;
import dev.synap.preflight.rules.config.Severity;
import dev.synap.preflight.validator.gate.ValidationGate;
import dev.synap.preflight.validator.run.InputSummary;
import dev.synap.preflight.validator.run.RuleTally;
import dev.synap.preflight.validator.run.ValidationResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The human summary of a validation on stdout: inputs, counts per rule, the first findings of each
 * rule as {@code file:line:byte:} lines, counts against a baseline, verdict, report files.
 */
final class ConsoleSummary {
  private final PrintWriter out;

  ConsoleSummary(PrintWriter out) {
    this.out = out;
  }

  void print(
      ValidationResult result,
      ValidationReport report,
      ValidationGate gate,
      List<Path> reports,
      int show) {
    out.println(VersionInfo.NAME + " " + VersionInfo.version() + " · validate");
    out.println();
    out.println("Inputs");
    for (InputSummary in : result.inputs()) {
      if (in.error() != null) {
        out.printf(
            Locale.ROOT,
            "  %s  NOT READ: %s%n",
            ReportText.oneLine(in.path()),
            ReportText.oneLine(in.error()));
      } else {
        out.printf(
            Locale.ROOT,
            "  %s  %s%s  profile %s  %,d records  %s  sha256 %s%n",
            ReportText.oneLine(in.path()),
            in.format(),
            in.gzip() ? "+gzip" : "",
            in.profile(),
            in.records(),
            ProgressBar.bytes(in.sizeBytes()),
            in.sha256() == null ? "-" : in.sha256().substring(0, 12));
      }
    }
    out.println();
    out.println("Findings by rule");
    boolean any = false;
    for (RuleTally t : result.tallies()) {
      if (t.total() == 0) {
        continue;
      }
      any = true;
      String fresh = result.baseline() == null ? "" : "; " + (t.total() - t.accepted()) + " new";
      out.printf(Locale.ROOT, "  %-20s %,8d  %s%s%n", t.rule().id(), t.total(), split(t), fresh);
    }
    if (!any) {
      out.println("  none");
    }
    BaselineSummary baseline = report.baseline();
    if (baseline != null) {
      out.println();
      out.println("Baseline: " + ReportText.oneLine(baseline.sentence()));
    }
    List<String> lines = FindingLines.lines(report, show);
    if (!lines.isEmpty()) {
      out.println();
      out.printf(
          Locale.ROOT,
          "%s (first %d per rule; --show N for more, --show 0 for none)%n",
          baseline == null ? "Findings" : "New findings",
          show);
      lines.forEach(out::println);
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "Totals: %,d records, %,d documents, %,d distinct ids; %,d errors, %,d warnings, %,d"
            + " info%n",
        result.records(),
        result.documents(),
        result.distinctIds(),
        result.count(Severity.ERROR),
        result.count(Severity.WARNING),
        result.count(Severity.INFO));
    out.printf(
        Locale.ROOT,
        "Gate: %s (fail-on %s): %s; exit %d%n",
        gate.passed() ? "PASSED" : "FAILED",
        gate.failOn(),
        ReportText.oneLine(gate.reason()),
        gate.exitCode());
    List<String> files = new ArrayList<>();
    for (Path p : reports) {
      files.add(ReportText.oneLine(p.toString()));
    }
    out.println("Reports: " + (files.isEmpty() ? "none" : String.join(", ", files)));
    out.flush();
  }

  private static String split(RuleTally t) {
    List<String> parts = new ArrayList<>();
    if (t.errors() > 0) {
      parts.add(t.errors() + " error");
    }
    if (t.warnings() > 0) {
      parts.add(t.warnings() + " warning");
    }
    if (t.infos() > 0) {
      parts.add(t.infos() + " info");
    }
    return String.join(", ", parts);
  }
}
