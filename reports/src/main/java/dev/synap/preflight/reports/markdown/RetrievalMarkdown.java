package dev.synap.preflight.reports.markdown;

import static dev.synap.preflight.reports.markdown.MarkdownReportWriter.cell;

import dev.synap.preflight.reports.model.verify.Interval;
import dev.synap.preflight.reports.model.verify.Retrieval;
import dev.synap.preflight.reports.model.verify.RetrievalGroup;
import dev.synap.preflight.reports.model.verify.RetrievalMetric;
import java.util.Locale;

/** The verify report's retrieval section: one table for all labelled queries, one per tag. */
final class RetrievalMarkdown {
  private RetrievalMarkdown() {}

  static void append(StringBuilder md, Retrieval r) {
    if (r == null) {
      return;
    }
    md.append("## Retrieval (labelled queries)\n\n")
        .append("Equal to trec_eval's `")
        .append(r.trecEvalCommand("synap.run"))
        .append("` (and `baseline.run`); Δ = Synap − baseline, p = two-sided paired randomization")
        .append(" test, ")
        .append(String.format(Locale.ROOT, "%,d", r.permutations()))
        .append(" permutations.\n\n");
    for (RetrievalGroup g : r.groups()) {
      if (g.tag() != null) {
        md.append("### Tag ").append(cell(g.tag())).append("\n\n");
      }
      md.append(g.queries())
          .append(g.queries() == 1 ? " query" : " queries")
          .append(
              "\n\n| metric | trec_eval | Synap | 95% interval | BM25 | 95% interval | Δ | p |\n")
          .append("|---|---|---:|---:|---:|---:|---:|---:|\n");
      for (RetrievalMetric m : g.metrics()) {
        md.append("| ")
            .append(
                String.join(
                    " | ",
                    m.id(),
                    m.trecEval(),
                    num(m.synap().mean()),
                    range(m.synap()),
                    num(m.baseline().mean()),
                    range(m.baseline()),
                    m.difference() == null
                        ? "—"
                        : String.format(Locale.ROOT, "%+.4f", m.difference()),
                    m.pValue() == null ? "—" : String.format(Locale.ROOT, "%.4f", m.pValue())))
            .append(" |\n");
      }
      md.append('\n');
    }
  }

  static String num(Double d) {
    return d == null ? "—" : String.format(Locale.ROOT, "%.4f", d);
  }

  private static String range(Interval i) {
    return i.mean() == null ? "—" : "[" + num(i.low()) + ", " + num(i.high()) + "]";
  }
}
