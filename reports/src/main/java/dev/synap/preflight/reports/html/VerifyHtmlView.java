package dev.synap.preflight.reports.html;

import static dev.synap.preflight.reports.ReportText.printable;

import dev.synap.preflight.reports.ReportText;
import dev.synap.preflight.reports.html.HtmlView.Pair;
import dev.synap.preflight.reports.html.HtmlView.Stat;
import dev.synap.preflight.reports.model.verify.BaselineInfo;
import dev.synap.preflight.reports.model.verify.Interval;
import dev.synap.preflight.reports.model.verify.QueryReport;
import dev.synap.preflight.reports.model.verify.VerifyMetrics;
import dev.synap.preflight.reports.model.verify.VerifyReport;
import dev.synap.preflight.reports.model.verify.VerifyRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Display-ready values for {@code verify.jte}. Every string from the model passes through {@link
 * ReportText#printable} here; the template only lets jte escape it. Per-query anchors are built
 * from the query's position, never from its (untrusted) id.
 */
public final class VerifyHtmlView {

  /** A metric row: name, mean, interval, n. */
  public record MetricRow(String name, String mean, String interval, String n) {}

  private final VerifyReport report;

  VerifyHtmlView(VerifyReport report) {
    this.report = report;
  }

  public String toolName() {
    return printable(report.tool().name());
  }

  public String toolVersion() {
    return printable(report.tool().version());
  }

  public String generatedAt() {
    return printable(report.generatedAt());
  }

  public String duration() {
    return ReportText.seconds(report.durationMillis());
  }

  public String profile() {
    return printable(report.run().profile());
  }

  public String instance() {
    return printable(report.run().instance());
  }

  public String baseUrl() {
    return printable(report.run().baseUrl());
  }

  public boolean passed() {
    return report.gate().passed();
  }

  public String gateTitle() {
    return report.gate().passed() ? "Gate passed" : "Gate failed";
  }

  public List<String> gateReasons() {
    List<String> out = new ArrayList<>();
    report.gate().reasons().forEach(r -> out.add(printable(r)));
    if (out.isEmpty()) {
      out.add("No scope leak, and every threshold that is set was met.");
    }
    return out;
  }

  public String gateExitCode() {
    return Integer.toString(report.gate().exitCode());
  }

  public String thresholds() {
    return "--min-recall "
        + num(report.gate().minRecall())
        + " · --min-known-item "
        + num(report.gate().minKnownItem())
        + " · any scope leak fails";
  }

  public String k() {
    return Integer.toString(report.run().k());
  }

  /** The summary cards. */
  public List<Stat> cards() {
    VerifyMetrics m = report.metrics();
    return List.of(
        new Stat("Queries", HtmlView.number(m.queries()), "plain"),
        new Stat("Fetch errors", HtmlView.number(m.errors()), m.errors() > 0 ? "warning" : "plain"),
        new Stat("Items returned", HtmlView.number(m.items()), "plain"),
        new Stat("Scope leaks", HtmlView.number(m.leaks()), m.leaks() > 0 ? "error" : "plain"),
        new Stat("Recall@" + k(), num(m.recall().mean()), "plain"),
        new Stat("Known-item hit rate", num(m.knownItem().mean()), "plain"),
        new Stat("Latency p50", millis(m.latencyP50Millis()), "plain"),
        new Stat("Latency p95", millis(m.latencyP95Millis()), "plain"));
  }

  public List<MetricRow> metrics() {
    VerifyMetrics m = report.metrics();
    return List.of(
        row("Recall@" + k() + " of the baseline", m.recall()),
        row("Known-item hit rate", m.knownItem()),
        row("Jaccard@" + k(), m.jaccard()),
        row("RBO (extrapolated, p = 0.9)", m.rbo()));
  }

  private static MetricRow row(String name, Interval i) {
    String interval =
        i.mean() == null
            ? "—"
            : String.format(
                Locale.ROOT, "%.0f%%: [%s, %s]", i.level() * 100, num(i.low()), num(i.high()));
    return new MetricRow(name, num(i.mean()), interval, HtmlView.number(i.n()));
  }

  public String latencies() {
    VerifyMetrics m = report.metrics();
    return "p50 "
        + millis(m.latencyP50Millis())
        + " · p95 "
        + millis(m.latencyP95Millis())
        + " · max "
        + millis(m.latencyMaxMillis());
  }

  /** The replay's wall-clock time and throughput. */
  public String replay() {
    VerifyMetrics m = report.metrics();
    return ReportText.seconds(m.replayMillis())
        + " ("
        + ReportText.perSecond(m.queries(), m.replayMillis(), "queries")
        + ")";
  }

  public List<Pair> attribution() {
    List<Pair> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : report.metrics().attributionMethods().entrySet()) {
      out.add(new Pair(printable(e.getKey()), HtmlView.number(e.getValue())));
    }
    return out;
  }

  public List<Pair> baseline() {
    BaselineInfo b = report.baseline();
    return List.of(
        new Pair("Ranking", printable(b.description())),
        new Pair("Similarity", printable(b.similarity())),
        new Pair("k1", num(b.k1())),
        new Pair("b", num(b.b())),
        new Pair("Analyzer", printable(b.analyzer())),
        new Pair("Export SHA-256", printable(b.exportSha256())),
        new Pair("Documents", HtmlView.number(b.documents())),
        new Pair("Records skipped (not usable documents)", HtmlView.number(b.skippedRecords())),
        new Pair("Index", b.reused() ? "reused from disk" : "built for this run"),
        new Pair(
            "Build time",
            b.buildMillis() == null
                ? "— (reused)"
                : ReportText.seconds(b.buildMillis())
                    + " ("
                    + ReportText.perSecond(b.documents(), b.buildMillis(), "documents")
                    + ")"));
  }

  public List<String> skippedExamples() {
    return report.baseline().skippedExamples().stream().map(ReportText::printable).toList();
  }

  public List<Pair> run() {
    VerifyRun r = report.run();
    return List.of(
        new Pair("Inputs", printable(String.join(", ", r.inputs()))),
        new Pair("Profile", printable(r.profile())),
        new Pair("Instance", printable(r.instance())),
        new Pair("Base URL", printable(r.baseUrl())),
        new Pair("Queries", printable(r.querySource())),
        new Pair("k", k()),
        new Pair("Concurrency", Integer.toString(r.concurrency())),
        new Pair(
            "Rate limit",
            r.rateLimitPerMinute() == 0 ? "off" : r.rateLimitPerMinute() + " requests/min"),
        new Pair("Seed", Long.toString(r.seed())),
        new Pair("Load journal", r.journal() == null ? "none" : printable(r.journal())));
  }

  public List<VerifyHtmlRows.LeakRow> leaks() {
    return VerifyHtmlRows.leaks(report);
  }

  public List<VerifyHtmlRetrieval.Table> retrieval() {
    return VerifyHtmlRetrieval.tables(report.retrieval());
  }

  public String retrievalNote() {
    return VerifyHtmlRetrieval.note(report.retrieval());
  }

  public boolean hasCoverage() {
    return report.coverage() != null;
  }

  public List<Stat> coverageCards() {
    var c = report.coverage();
    return List.of(
        new Stat("Export documents", HtmlView.number(c.exportDocuments()), "plain"),
        new Stat("Loaded with a memory", HtmlView.number(c.covered()), "plain"),
        new Stat("Coverage", num(c.rate()), c.rate() < 1 ? "warning" : "plain"),
        new Stat(
            "Failed or no memory",
            HtmlView.number(c.uncovered().size()),
            c.uncovered().isEmpty() ? "plain" : "error"),
        new Stat(
            "Not in the journal",
            HtmlView.number(c.notLoaded().size()),
            c.notLoaded().isEmpty() ? "plain" : "error"));
  }

  public List<Pair> uncovered() {
    List<Pair> out = new ArrayList<>();
    report
        .coverage()
        .uncovered()
        .forEach(
            u ->
                out.add(
                    new Pair(
                        printable(u.documentId()),
                        printable(u.status()) + ", " + u.memories() + " memories")));
    return out;
  }

  public List<String> notLoaded() {
    return report.coverage().notLoaded().stream().map(ReportText::printable).toList();
  }

  public List<VerifyHtmlRows.QueryRow> queries() {
    List<VerifyHtmlRows.QueryRow> out = new ArrayList<>();
    List<QueryReport> qs = report.queries();
    for (int i = 0; i < qs.size(); i++) {
      out.add(VerifyHtmlRows.query(i + 1, qs.get(i)));
    }
    return out;
  }

  static String num(Double d) {
    return d == null || d.isNaN() ? "—" : String.format(Locale.ROOT, "%.3f", d);
  }

  static String millis(Double d) {
    return d == null || d.isNaN() ? "—" : String.format(Locale.ROOT, "%.0f ms", d);
  }
}
