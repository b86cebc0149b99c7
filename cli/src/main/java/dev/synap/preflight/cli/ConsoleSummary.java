package dev.synap.preflight.cli;

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

/** The human summary of a validation on stdout: inputs, counts per rule, verdict, report files. */
final class ConsoleSummary {
  private final PrintWriter out;

  ConsoleSummary(PrintWriter out) {
    this.out = out;
  }

  void print(ValidationResult result, ValidationGate gate, List<Path> reports) {
    out.println(VersionInfo.NAME + " " + VersionInfo.version() + " · validate");
    out.println();
    out.println("Inputs");
    for (InputSummary in : result.inputs()) {
      if (in.error() != null) {
        out.printf(Locale.ROOT, "  %s  NOT READ: %s%n", in.path(), in.error());
      } else {
        out.printf(
            Locale.ROOT,
            "  %s  %s%s  profile %s  %,d records  %s  sha256 %s%n",
            in.path(),
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
      out.printf(Locale.ROOT, "  %-20s %,8d  %s%n", t.rule().id(), t.total(), split(t));
    }
    if (!any) {
      out.println("  none");
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
        gate.reason(),
        gate.exitCode());
    List<String> files = new ArrayList<>();
    for (Path p : reports) {
      files.add(p.toString());
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
