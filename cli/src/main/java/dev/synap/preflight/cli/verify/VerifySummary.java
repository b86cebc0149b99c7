package dev.synap.preflight.cli.verify;

import dev.synap.preflight.reports.ReportText;
import dev.synap.preflight.reports.model.verify.Interval;
import dev.synap.preflight.reports.model.verify.Retrieval;
import dev.synap.preflight.reports.model.verify.RetrievalGroup;
import dev.synap.preflight.reports.model.verify.RetrievalMetric;
import dev.synap.preflight.reports.model.verify.VerifyLeak;
import dev.synap.preflight.reports.model.verify.VerifyMetrics;
import dev.synap.preflight.reports.model.verify.VerifyReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The verify run's summary on stdout: verdict, numbers, leaks (the first ten), files written. */
public final class VerifySummary {
  private static final int LEAKS_SHOWN = 10;

  private final PrintWriter out;

  public VerifySummary(PrintWriter out) {
    this.out = out;
  }

  public void print(VerifyReport r, List<Path> written) {
    VerifyMetrics m = r.metrics();
    out.println(
        "Baseline: "
            + r.baseline().description()
            + ", "
            + r.baseline().documents()
            + " documents"
            + (r.baseline().buildMillis() == null
                ? " (index reused)"
                : " (index built in "
                    + ReportText.seconds(r.baseline().buildMillis())
                    + ", "
                    + ReportText.perSecond(
                        r.baseline().documents(), r.baseline().buildMillis(), "documents")
                    + ")"));
    out.println(
        "Queries: "
            + m.queries()
            + " ("
            + m.errors()
            + " fetch errors), items: "
            + m.items()
            + ", scope leaks: "
            + m.leaks());
    line("recall@" + r.run().k(), m.recall());
    line("known-item hit rate", m.knownItem());
    line("Jaccard@" + r.run().k(), m.jaccard());
    line("RBO (p=0.9)", m.rbo());
    out.println(
        "Replay: "
            + ReportText.seconds(m.replayMillis())
            + " ("
            + ReportText.perSecond(m.queries(), m.replayMillis(), "queries")
            + ")");
    out.println(
        "Latency: p50 "
            + ms(m.latencyP50Millis())
            + ", p95 "
            + ms(m.latencyP95Millis())
            + ", max "
            + ms(m.latencyMaxMillis()));
    out.println("Attribution: " + m.attributionMethods());
    retrieval(r.retrieval());
    if (r.coverage() != null) {
      out.println(
          "Coverage: "
              + r.coverage().covered()
              + " of "
              + r.coverage().exportDocuments()
              + " documents loaded with a memory; "
              + (r.coverage().uncovered().size() - r.coverage().outcomeUnknown())
              + " failed or made none; "
              + r.coverage().outcomeUnknown()
              + " with no known outcome (untracked or still queued); "
              + r.coverage().notLoaded().size()
              + " not in the journal");
    }
    int shown = 0;
    for (VerifyLeak l : r.leaks()) {
      if (shown++ == LEAKS_SHOWN) {
        out.println("  ... " + (r.leaks().size() - LEAKS_SHOWN) + " more in report.json");
        break;
      }
      out.println(
          "  LEAK "
              + t(l.queryId())
              + ": item "
              + t(l.itemId())
              + " from document "
              + t(l.documentId())
              + " ("
              + t(l.owner().description())
              + ") returned to "
              + t(l.scope().description())
              + " ["
              + l.method()
              + "]");
    }
    out.println(
        (r.gate().passed() ? "Gate passed" : "Gate failed")
            + " (exit code "
            + r.gate().exitCode()
            + ")");
    r.gate().reasons().forEach(reason -> out.println("  - " + t(reason)));
    written.forEach(p -> out.println("Wrote " + p));
    out.flush();
  }

  private void line(String name, Interval i) {
    out.println(
        String.format(
            Locale.ROOT,
            "  %-20s %s",
            name,
            i.mean() == null
                ? "n/a"
                : String.format(
                    Locale.ROOT,
                    "%.3f  (95%% CI %.3f-%.3f, n=%d)",
                    i.mean(),
                    i.low(),
                    i.high(),
                    i.n())));
  }

  /** The retrieval table of every group: metric, Synap, baseline, difference, p-value. */
  private void retrieval(Retrieval ret) {
    if (ret == null) {
      return;
    }
    out.println(
        "Labelled queries: "
            + ret.groups().get(0).queries()
            + " (k="
            + ret.k()
            + "; as "
            + ret.trecEvalCommand("synap.run|baseline.run")
            + ")");
    for (RetrievalGroup g : ret.groups()) {
      if (g.tag() != null) {
        out.println("  tag " + t(g.tag()) + " (" + g.queries() + " queries)");
      }
      out.println(
          String.format(
              Locale.ROOT,
              "    %-12s %-26s %-26s %8s %7s",
              "metric",
              "Synap (95% CI)",
              "BM25 baseline (95% CI)",
              "diff",
              "p"));
      for (RetrievalMetric m : g.metrics()) {
        out.println(
            String.format(
                Locale.ROOT,
                "    %-12s %-26s %-26s %8s %7s",
                m.id(),
                ci(m.synap()),
                ci(m.baseline()),
                m.difference() == null
                    ? "n/a"
                    : String.format(Locale.ROOT, "%+.4f", m.difference()),
                m.pValue() == null ? "n/a" : String.format(Locale.ROOT, "%.4f", m.pValue())));
      }
    }
  }

  private static String ci(Interval i) {
    return i.mean() == null
        ? "n/a"
        : String.format(Locale.ROOT, "%.4f (%.4f-%.4f)", i.mean(), i.low(), i.high());
  }

  /** Untrusted text on one printable line (no terminal escapes, no line breaks). */
  private static String t(String s) {
    return ReportText.oneLine(s);
  }

  private static String ms(Double d) {
    return d == null ? "n/a" : String.format(Locale.ROOT, "%.0f ms", d);
  }
}
