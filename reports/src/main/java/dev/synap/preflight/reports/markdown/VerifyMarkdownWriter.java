package dev.synap.preflight.reports.markdown;

import static dev.synap.preflight.reports.markdown.MarkdownReportWriter.cell;

import dev.synap.preflight.reports.ReportText;
import dev.synap.preflight.reports.model.verify.BaselineInfo;
import dev.synap.preflight.reports.model.verify.Interval;
import dev.synap.preflight.reports.model.verify.VerifyGate;
import dev.synap.preflight.reports.model.verify.VerifyLeak;
import dev.synap.preflight.reports.model.verify.VerifyMetrics;
import dev.synap.preflight.reports.model.verify.VerifyReport;
import java.util.Locale;

/**
 * Writes the verify {@code report.md}: verdict, metrics, retrieval metrics of labelled queries,
 * leaks (capped), coverage.
 */
public final class VerifyMarkdownWriter {
  /** Leaks listed; report.json has all of them. */
  public static final int MAX_LEAKS = 20;

  private VerifyMarkdownWriter() {}

  /** The summary as Markdown text. */
  public static String render(VerifyReport report) {
    StringBuilder md = new StringBuilder(2048);
    md.append("# Synap Preflight verify report\n\n");
    VerifyGate gate = report.gate();
    md.append(gate.passed() ? "✅ **Gate passed**" : "❌ **Gate failed**")
        .append(" (exit code ")
        .append(gate.exitCode())
        .append(")");
    for (String reason : gate.reasons()) {
      md.append("\n- ").append(cell(reason));
    }
    md.append("\n\n")
        .append(cell(report.baseline().description()))
        .append(" · ")
        .append(report.baseline().documents())
        .append(" documents · ")
        .append(build(report.baseline()))
        .append(" · run took ")
        .append(ReportText.seconds(report.durationMillis()))
        .append("\n\n");
    metrics(md, report.metrics(), report.run().k());
    RetrievalMarkdown.append(md, report.retrieval());
    leaks(md, report);
    if (report.coverage() != null) {
      md.append("## Coverage\n\n")
          .append(report.coverage().covered())
          .append(" of ")
          .append(report.coverage().exportDocuments())
          .append(" documents loaded with a memory; ")
          .append(report.coverage().uncovered().size() - report.coverage().outcomeUnknown())
          .append(" failed or made none; ")
          .append(report.coverage().outcomeUnknown())
          .append(" with no known outcome (untracked or still queued); ")
          .append(report.coverage().notLoaded().size())
          .append(" not in the journal.\n");
    }
    return md.toString();
  }

  private static void metrics(StringBuilder md, VerifyMetrics m, int k) {
    md.append("## Metrics\n\n| metric | mean | 95% interval | n |\n|---|---:|---:|---:|\n");
    interval(md, "recall@" + k, m.recall());
    interval(md, "known-item hit rate", m.knownItem());
    interval(md, "Jaccard@" + k, m.jaccard());
    interval(md, "RBO (p=0.9)", m.rbo());
    md.append("\n")
        .append(m.queries())
        .append(" queries, ")
        .append(m.errors())
        .append(" fetch errors, ")
        .append(m.items())
        .append(" items, ")
        .append(m.leaks())
        .append(" scope leaks; replay ")
        .append(ReportText.seconds(m.replayMillis()))
        .append(" (")
        .append(ReportText.perSecond(m.queries(), m.replayMillis(), "queries"))
        .append("); latency p50 ")
        .append(millis(m.latencyP50Millis()))
        .append(", p95 ")
        .append(millis(m.latencyP95Millis()))
        .append(", max ")
        .append(millis(m.latencyMaxMillis()))
        .append("\n\n");
  }

  private static void interval(StringBuilder md, String name, Interval i) {
    md.append("| ")
        .append(name)
        .append(" | ")
        .append(num(i.mean()))
        .append(" | ")
        .append(i.mean() == null ? "—" : "[" + num(i.low()) + ", " + num(i.high()) + "]")
        .append(" | ")
        .append(i.n())
        .append(" |\n");
  }

  private static void leaks(StringBuilder md, VerifyReport report) {
    if (report.leaks().isEmpty()) {
      return;
    }
    md.append("## Scope leaks\n\n| query | item | document | owner | returned to | method |\n")
        .append("|---|---|---|---|---|---|\n");
    int n = 0;
    for (VerifyLeak l : report.leaks()) {
      if (n++ == MAX_LEAKS) {
        md.append("\n… ")
            .append(report.leaks().size() - MAX_LEAKS)
            .append(" more in report.json\n");
        break;
      }
      md.append("| ")
          .append(
              String.join(
                  " | ",
                  cell(l.queryId()),
                  cell(l.itemId()),
                  cell(l.documentId()),
                  cell(l.owner().description()),
                  cell(l.scope().description()),
                  cell(l.method())))
          .append(" |\n");
    }
    md.append('\n');
  }

  /** {@code index built in 12.345 s (7,913 documents/s)} or {@code index reused}. */
  static String build(BaselineInfo b) {
    if (b.buildMillis() == null) {
      return "index reused";
    }
    return "index built in "
        + ReportText.seconds(b.buildMillis())
        + " ("
        + ReportText.perSecond(b.documents(), b.buildMillis(), "documents")
        + ")";
  }

  static String num(Double d) {
    return d == null ? "—" : String.format(Locale.ROOT, "%.3f", d);
  }

  static String millis(Double d) {
    return d == null ? "—" : String.format(Locale.ROOT, "%.0f ms", d);
  }
}
