package dev.synap.preflight.reports.markdown;

import dev.synap.preflight.reports.ReportFormat;
import dev.synap.preflight.reports.ReportText;
import dev.synap.preflight.reports.ReportWriter;
import dev.synap.preflight.reports.model.BaselineSummary;
import dev.synap.preflight.reports.model.Gate;
import dev.synap.preflight.reports.model.InputFile;
import dev.synap.preflight.reports.model.ReportFinding;
import dev.synap.preflight.reports.model.RuleCount;
import dev.synap.preflight.reports.model.Totals;
import dev.synap.preflight.reports.model.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes {@code report.md}. */
public final class MarkdownReportWriter implements ReportWriter {

  /** Examples listed per failing rule. */
  public static final int EXAMPLES_PER_RULE = 10;

  /** Untrusted text longer than this many code points is cut (report.json keeps it whole). */
  public static final int MAX_CELL = 200;

  @Override
  public ReportFormat format() {
    return ReportFormat.MD;
  }

  @Override
  public void write(ValidationReport report, OutputStream out) throws IOException {
    out.write(markdown(report).getBytes(StandardCharsets.UTF_8));
  }

  /** The summary as Markdown text. */
  public static String markdown(ValidationReport report) {
    StringBuilder md = new StringBuilder(4096);
    md.append("# Synap Preflight validation report\n\n");
    Gate gate = report.gate();
    md.append(gate.passed() ? "✅ **Gate passed**" : "❌ **Gate failed**")
        .append(" (fail on ")
        .append(cell(gate.failOn()))
        .append(", exit code ")
        .append(gate.exitCode())
        .append("): ")
        .append(cell(gate.reason()))
        .append("\n\n");
    md.append(cell(report.tool().name()))
        .append(' ')
        .append(cell(report.tool().version()))
        .append(" · generated ")
        .append(cell(report.generatedAt()))
        .append(" · profile ")
        .append(cell(report.configuration().profile()))
        .append(" · instance ")
        .append(cell(report.configuration().instance()))
        .append(" · ")
        .append(ReportText.seconds(report.durationMillis()))
        .append("\n\n");
    baseline(md, report.baseline());
    totals(md, report.totals());
    rules(md, report.rules());
    inputs(md, report.inputs());
    examples(md, report);
    return md.toString();
  }

  private static void totals(StringBuilder md, Totals t) {
    md.append("## Totals\n\n")
        .append("| records | documents | distinct ids | findings | errors | warnings | infos |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|\n");
    row(
        md,
        Long.toString(t.records()),
        Long.toString(t.documents()),
        Long.toString(t.distinctIds()),
        Long.toString(t.findings()),
        Long.toString(t.errors()),
        Long.toString(t.warnings()),
        Long.toString(t.infos()));
    md.append('\n');
    if (!t.documentsBySourceType().isEmpty() || !t.skippedByReason().isEmpty()) {
      md.append("| source items | count |\n").append("|---|---:|\n");
      t.documentsBySourceType()
          .forEach((k, v) -> row(md, "documents: " + cell(k), Long.toString(v)));
      t.skippedByReason().forEach((k, v) -> row(md, "skipped: " + cell(k), Long.toString(v)));
      md.append('\n');
    }
  }

  private static void baseline(StringBuilder md, BaselineSummary b) {
    if (b == null) {
      return;
    }
    md.append("## Baseline\n\n")
        .append("Only new findings count for the gate: ")
        .append(cell(b.sentence()))
        .append(".\n\n");
    if (b.rules().isEmpty()) {
      return;
    }
    md.append("| rule | new | still present | fixed |\n").append("|---|---:|---:|---:|\n");
    for (BaselineSummary.RuleBaseline r : b.rules()) {
      row(
          md,
          cell(r.rule()),
          Long.toString(r.newFindings()),
          Long.toString(r.stillPresent()),
          Long.toString(r.fixed()));
    }
    md.append('\n');
  }

  private static void rules(StringBuilder md, List<RuleCount> rules) {
    md.append("## Rules with findings\n\n");
    List<RuleCount> hit = rules.stream().filter(r -> r.count() > 0).toList();
    if (hit.isEmpty()) {
      md.append("No findings.\n\n");
      return;
    }
    md.append("| rule | severity | count | listed | description |\n")
        .append("|---|---|---:|---:|---|\n");
    for (RuleCount r : hit) {
      row(
          md,
          cell(r.rule()),
          cell(r.severity()),
          Long.toString(r.count()),
          r.truncated() ? r.examples() + " of " + r.count() : Integer.toString(r.examples()),
          cell(r.description()));
    }
    md.append('\n');
  }

  private static void inputs(StringBuilder md, List<InputFile> inputs) {
    md.append("## Inputs\n\n");
    if (inputs.isEmpty()) {
      md.append("No inputs.\n\n");
      return;
    }
    md.append("| path | format | gzip | profile | records | size | SHA-256 | error |\n")
        .append("|---|---|---|---|---:|---:|---|---|\n");
    for (InputFile in : inputs) {
      row(
          md,
          cell(in.path()),
          cell(in.format()),
          in.gzip() ? "yes" : "no",
          cell(in.profile()),
          Long.toString(in.records()),
          ReportText.bytes(in.sizeBytes()),
          cell(in.sha256()),
          cell(in.error()));
    }
    md.append('\n');
  }

  private static void examples(StringBuilder md, ValidationReport report) {
    String failOn = report.gate().failOn();
    boolean heading = false;
    for (RuleCount r : report.rules()) {
      if (r.countAtOrAbove(failOn) == 0) {
        continue;
      }
      List<ReportFinding> failing =
          report.shownFindings().stream()
              .filter(f -> f.rule().equals(r.rule()) && ReportText.atOrAbove(f.severity(), failOn))
              .toList();
      if (failing.isEmpty()) {
        continue;
      }
      if (!heading) {
        md.append("## Examples of failing rules\n\n");
        heading = true;
      }
      md.append("### ").append(cell(r.rule())).append(" (").append(r.count()).append(")\n\n");
      md.append("| file | line | byte offset | document id | field | message |\n")
          .append("|---|---:|---:|---|---|---|\n");
      int shown = Math.min(EXAMPLES_PER_RULE, failing.size());
      for (ReportFinding f : failing.subList(0, shown)) {
        row(
            md,
            cell(f.file()),
            Long.toString(f.line()),
            Long.toString(f.byteOffset()),
            cell(f.documentId()),
            cell(f.field()),
            cell(f.message()));
      }
      md.append("\nShowing ").append(shown).append(" of ").append(r.count()).append(".\n\n");
    }
  }

  private static void row(StringBuilder md, String... cells) {
    md.append('|');
    for (String c : cells) {
      md.append(' ').append(c).append(" |");
    }
    md.append('\n');
  }

  /**
   * Untrusted text as inline Markdown: cut to {@link #MAX_CELL} code points, made printable on one
   * line, with Markdown and HTML metacharacters escaped. {@code null} becomes an empty string.
   */
  public static String cell(String text) {
    if (text == null) {
      return "";
    }
    String line = ReportText.oneLine(ReportText.abbreviate(text, MAX_CELL));
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '\\':
        case '|':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '~':
        case '#':
        case '!':
          out.append('\\').append(c);
          break;
        case '\t':
          out.append(' ');
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
