package dev.synap.preflight.reports.verify;

import dev.synap.preflight.reports.ReportFixtures;
import dev.synap.preflight.reports.model.ToolInfo;
import dev.synap.preflight.reports.model.verify.BaselineInfo;
import dev.synap.preflight.reports.model.verify.Interval;
import dev.synap.preflight.reports.model.verify.QueryReport;
import dev.synap.preflight.reports.model.verify.QueryReport.BaselineHit;
import dev.synap.preflight.reports.model.verify.Retrieval;
import dev.synap.preflight.reports.model.verify.RetrievalGroup;
import dev.synap.preflight.reports.model.verify.RetrievalMetric;
import dev.synap.preflight.reports.model.verify.ScopeRef;
import dev.synap.preflight.reports.model.verify.SynapItem;
import dev.synap.preflight.reports.model.verify.VerifyCoverage;
import dev.synap.preflight.reports.model.verify.VerifyCoverage.UncoveredDocument;
import dev.synap.preflight.reports.model.verify.VerifyGate;
import dev.synap.preflight.reports.model.verify.VerifyLeak;
import dev.synap.preflight.reports.model.verify.VerifyMetrics;
import dev.synap.preflight.reports.model.verify.VerifyReport;
import dev.synap.preflight.reports.model.verify.VerifyRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Verify reports to render in tests: realistic (a leak, an error, coverage), hostile, empty. */
public final class VerifyFixtures {
  private VerifyFixtures() {}

  static final String SHA = "9f2c1b7e4d3a5f60718293a4b5c6d7e8f9011223344556677889900aabbccdde";
  static final ToolInfo TOOL = new ToolInfo("synap-preflight", "0.1.0");
  static final ScopeRef U1 = new ScopeRef("user", "u1", null, "user u1");
  static final ScopeRef U2 = new ScopeRef("user", "u2", null, "user u2");
  static final ScopeRef CLIENT = new ScopeRef("client", null, null, "client");

  static BaselineInfo baseline(long documents, Long buildMillis) {
    return new BaselineInfo(
        "BM25(k1=0.9, b=0.4), analyzer english, instance b2c",
        "BM25",
        0.9,
        0.4,
        "english",
        SHA,
        documents,
        1,
        List.of("export.jsonl:7: no document id or no text"),
        buildMillis == null,
        buildMillis);
  }

  static VerifyRun run(String querySource, String journal) {
    return new VerifyRun(
        List.of("export.jsonl"),
        "generic",
        "b2c",
        "http://127.0.0.1:8080",
        querySource,
        3,
        4,
        600,
        42,
        journal);
  }

  public static VerifyReport realistic() {
    SynapItem fine =
        new SynapItem(
            1,
            "mem-1",
            "facts",
            "Alice prefers email for refunds",
            0.92,
            Map.of("topic", "refunds"),
            "d1",
            "journal",
            1.0,
            "journal: memory mem-1 was created from document d1",
            true,
            false);
    SynapItem leak =
        new SynapItem(
            2,
            "mem-9",
            "episodes",
            "Bob's order 1234 was refunded",
            null,
            Map.of(),
            "d9",
            "source-document-id",
            1.0,
            "GET memory mem-9: source_document_id d9",
            false,
            true);
    SynapItem unknown =
        new SynapItem(
            3,
            "mem-x",
            "facts",
            "something unrelated",
            null,
            Map.of(),
            null,
            "none",
            0,
            "content: no candidate",
            false,
            false);
    QueryReport q1 =
        new QueryReport(
            "s0001",
            "refund email alice",
            U1,
            List.of("d1"),
            true,
            List.of(new BaselineHit(1, "d1", 3.2101, true), new BaselineHit(2, "d2", 1.5, false)),
            List.of(fine, leak, unknown),
            0.5,
            true,
            true,
            0.333,
            0.61,
            120.5,
            null);
    QueryReport q2 =
        new QueryReport(
            "q2",
            "office hours",
            CLIENT,
            List.of(),
            false,
            List.of(new BaselineHit(1, "d5", 2.0, false)),
            List.of(),
            null,
            null,
            null,
            null,
            null,
            30000,
            "TransportException: GET timed out");
    VerifyLeak l =
        new VerifyLeak(
            "s0001",
            U1,
            "mem-9",
            "episodes",
            "d9",
            U2,
            "source-document-id",
            1.0,
            "GET memory mem-9: source_document_id d9");
    VerifyMetrics m =
        new VerifyMetrics(
            2,
            1,
            3,
            1,
            new Interval(0.5, 0.5, 0.5, 1, 0.95),
            new Interval(1.0, 1.0, 1.0, 1, 0.95),
            new Interval(0.333, 0.333, 0.333, 1, 0.95),
            new Interval(0.61, 0.61, 0.61, 1, 0.95),
            120.5,
            30000.0,
            30000.0,
            30125,
            Map.of("journal", 1, "source-document-id", 1, "content", 0, "none", 1));
    VerifyGate gate =
        new VerifyGate(
            false,
            1,
            0.8,
            0,
            1.0,
            List.of(
                "1 scope leak(s): items returned to a scope that may not see them",
                "recall@3 0.500 is below --min-recall 0.800"));
    VerifyCoverage coverage =
        new VerifyCoverage(
            10, 8, 0.8, List.of(new UncoveredDocument("d7", "failed", 0)), List.of("d8"));
    return new VerifyReport(
        VerifyReport.SCHEMA_VERSION,
        TOOL,
        VerifyReport.COMMAND_VERIFY,
        "2024-05-01T12:00:00Z",
        45_250,
        run("file queries.jsonl", "journal/"),
        baseline(10, 1250L),
        m,
        gate,
        coverage,
        List.of(l),
        List.of(q1, q2),
        retrieval(null, "temporal"));
  }

  /** A retrieval section over 2 labelled queries: all of them, and one tag. */
  static Retrieval retrieval(String extraTag, String tag) {
    List<RetrievalGroup> groups = new ArrayList<>();
    groups.add(new RetrievalGroup(null, 2, metrics(0.5, 0.75)));
    groups.add(new RetrievalGroup(tag, 1, metrics(1.0, 0.5)));
    if (extraTag != null) {
      groups.add(new RetrievalGroup(extraTag, 1, metrics(0.0, 0.0)));
    }
    return new Retrieval(3, 10_000, "labelled.qrels", groups);
  }

  private static List<RetrievalMetric> metrics(double synap, double baseline) {
    List<RetrievalMetric> out = new ArrayList<>();
    String[][] ids = {
      {"success@1", "success_1"},
      {"success@5", "success_5"},
      {"success@3", "success_3"},
      {"recall@3", "recall_3"},
      {"mrr", "recip_rank"},
      {"ndcg@3", "ndcg_cut_3"}
    };
    for (String[] id : ids) {
      out.add(
          new RetrievalMetric(
              id[0],
              id[1],
              new Interval(synap, synap / 2, synap, 2, 0.95),
              new Interval(baseline, baseline / 2, baseline, 2, 0.95),
              synap - baseline,
              synap == baseline ? 1.0 : 0.2501));
    }
    return out;
  }

  public static VerifyReport empty() {
    Interval none = new Interval(null, null, null, 0, 0.95);
    VerifyMetrics m =
        new VerifyMetrics(
            0,
            0,
            0,
            0,
            none,
            none,
            none,
            none,
            null,
            null,
            null,
            0,
            Map.of("journal", 0, "source-document-id", 0, "content", 0, "none", 0));
    return new VerifyReport(
        VerifyReport.SCHEMA_VERSION,
        TOOL,
        VerifyReport.COMMAND_VERIFY,
        "2024-05-01T12:00:00Z",
        0,
        run("sample of 0 (seed 42)", null),
        baseline(0, null),
        m,
        new VerifyGate(true, 0, 0, 0, null, List.of()),
        null,
        List.of(),
        List.of(),
        null);
  }

  /** Every string the page shows holds markup, controls or a bidi override. */
  public static VerifyReport hostile() {
    List<String> h = new ArrayList<>(ReportFixtures.HOSTILE);
    h.add("ctl\u0000nul\u001b[31m\u202Egnp.exe");
    List<QueryReport> queries = new ArrayList<>();
    List<VerifyLeak> leaks = new ArrayList<>();
    int n = 0;
    for (String t : h) {
      n++;
      ScopeRef scope = new ScopeRef("user", t, t, "user " + t);
      SynapItem item =
          new SynapItem(1, t, t, t, null, Map.of(t, t), t, "content", 0.5, t, false, true);
      queries.add(
          new QueryReport(
              t,
              t,
              scope,
              List.of(t),
              false,
              List.of(new BaselineHit(1, t, 1.0, true)),
              List.of(item),
              1.0,
              true,
              true,
              1.0,
              1.0,
              n,
              t));
      leaks.add(new VerifyLeak(t, scope, t, t, t, scope, "content", 0.5, t));
    }
    Interval i = new Interval(1.0, 1.0, 1.0, h.size(), 0.95);
    VerifyMetrics m =
        new VerifyMetrics(h.size(), 0, h.size(), h.size(), i, i, i, i, 1.0, 2.0, 3.0, 3, Map.of());
    String joined = String.join(" ", h);
    VerifyRun run = new VerifyRun(h, joined, "b2c", joined, joined, 10, 1, 0, 7, joined);
    BaselineInfo b =
        new BaselineInfo(joined, "BM25", 0.9, 0.4, "english", SHA, 1, h.size(), h, true, null);
    return new VerifyReport(
        VerifyReport.SCHEMA_VERSION,
        TOOL,
        VerifyReport.COMMAND_VERIFY,
        "2024-05-01T12:00:00Z",
        1,
        run,
        b,
        m,
        new VerifyGate(false, 1, 0, 0, 1.0, h),
        new VerifyCoverage(1, 0, 0, List.of(new UncoveredDocument(joined, joined, 0)), h),
        leaks,
        queries,
        retrieval(joined, h.get(0)));
  }
}
