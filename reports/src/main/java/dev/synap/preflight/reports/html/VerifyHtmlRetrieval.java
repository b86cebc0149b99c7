package dev.synap.preflight.reports.html;

import static dev.synap.preflight.reports.ReportText.printable;

import dev.synap.preflight.reports.model.verify.Interval;
import dev.synap.preflight.reports.model.verify.Retrieval;
import dev.synap.preflight.reports.model.verify.RetrievalGroup;
import dev.synap.preflight.reports.model.verify.RetrievalMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Display rows of the retrieval section: a table for all labelled queries, one per tag. */
public final class VerifyHtmlRetrieval {
  /** One metric: both runs, the difference and its p-value, all formatted. */
  public record Row(
      String metric,
      String trecEval,
      String synap,
      String synapInterval,
      String baseline,
      String baselineInterval,
      String difference,
      String pValue) {}

  /** One group's table. */
  public record Table(String title, List<Row> rows) {}

  private VerifyHtmlRetrieval() {}

  static List<Table> tables(Retrieval r) {
    List<Table> out = new ArrayList<>();
    if (r == null) {
      return out;
    }
    for (RetrievalGroup g : r.groups()) {
      String title =
          (g.tag() == null ? "All labelled queries" : "Tag " + printable(g.tag()))
              + " ("
              + HtmlView.number(g.queries())
              + ")";
      List<Row> rows = new ArrayList<>();
      for (RetrievalMetric m : g.metrics()) {
        rows.add(
            new Row(
                printable(m.id()),
                printable(m.trecEval()),
                num(m.synap().mean()),
                range(m.synap()),
                num(m.baseline().mean()),
                range(m.baseline()),
                m.difference() == null ? "—" : String.format(Locale.ROOT, "%+.4f", m.difference()),
                m.pValue() == null ? "—" : String.format(Locale.ROOT, "%.4f", m.pValue())));
      }
      out.add(new Table(title, rows));
    }
    return out;
  }

  static String note(Retrieval r) {
    return r == null
        ? ""
        : "Equal to trec_eval's "
            + printable(r.trecEvalCommand("synap.run"))
            + " (and baseline.run). Δ = Synap − baseline; p = two-sided paired randomization test, "
            + String.format(Locale.ROOT, "%,d", r.permutations())
            + " permutations.";
  }

  private static String num(Double d) {
    return d == null ? "—" : String.format(Locale.ROOT, "%.4f", d);
  }

  private static String range(Interval i) {
    return i.mean() == null ? "—" : num(i.low()) + " – " + num(i.high());
  }
}
