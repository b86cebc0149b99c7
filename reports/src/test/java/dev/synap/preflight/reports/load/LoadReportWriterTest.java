package dev.synap.preflight.reports.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.reports.json.ReportJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadReportWriterTest {
  @TempDir Path tmp;

  static LoadReport report(LoadReport.RollbackOutcome rollback) {
    return new LoadReport(
        1,
        "0.1.0",
        "load",
        "/tmp/journal",
        "generic",
        List.of(new LoadReport.ExportFile("a.jsonl", 42, "ab".repeat(32))),
        true,
        "failed: 1 error",
        false,
        new LoadReport.Totals(10, 9, 8, 1, 1, 7, 0, 0, 1, 1, 12, 0),
        new LoadReport.Timings("2026-11-24T00:00:00Z", "2026-11-24T00:00:05Z", 5000, 1.8),
        List.of("1 ingestion(s) not finished"),
        List.of(
            new LoadReport.DocumentIssue("<script>alert(1)</script>", null, "bad \"type\" & <b>")),
        List.of(new LoadReport.DocumentIssue(null, "a.jsonl:6", "no document_id")),
        List.of(),
        rollback);
  }

  @Test
  void jsonReadsBackToTheSameReport() throws Exception {
    LoadReport r =
        report(
            new LoadReport.RollbackOutcome(
                3, 1, List.of(), List.of(new LoadReport.DocumentIssue("d1", null, "in flight"))));
    byte[] json = LoadReportWriter.json(r);
    assertThat(ReportJson.mapper().readValue(json, LoadReport.class)).isEqualTo(r);
    assertThat(new String(json, StandardCharsets.UTF_8))
        .contains("\"rejected\": 1")
        .doesNotContain("\t");
  }

  @Test
  void htmlEscapesEverythingAndHasNoScript() throws Exception {
    List<Path> files = LoadReportWriter.write(report(null), tmp);
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("load-report.json", "load-report.html");
    String html = Files.readString(tmp.resolve("load-report.html"), StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("<script").doesNotContain("<b>");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).contains("bad &#34;type&#34; &amp; &lt;b&gt;");
    assertThat(html).contains("Not complete").contains("overridden with --force");
    assertThat(html).contains("default-src 'none'");
    assertThat(html).doesNotContain("Rollback");
  }

  @Test
  void operationsShowThePlanTheTimelineTrackingAndRejectionsByReason() throws Exception {
    LoadReport base = report(null);
    List<LoadReport.DocumentIssue> rejected =
        List.of(
            new LoadReport.DocumentIssue("a", "x.jsonl:3", "document_type: not allowed"),
            new LoadReport.DocumentIssue("b", "x.jsonl:9", "document_type: not allowed"),
            new LoadReport.DocumentIssue("c", "x.jsonl:12", "customer_id required"));
    LoadReport.Operations ops =
        new LoadReport.Operations(
            List.of("plan: 300 document(s) to send in 3 batch(es)", "  sending:  3 request(s)"),
            600,
            23,
            2300L,
            25,
            5.0,
            2,
            new LoadReport.Tracking(
                "sample:20:14", 20, 18, 2, 280, 0, "rollback first polls", "verify counts"),
            List.of("preflight load --journal j --track all <x>"),
            List.of(
                new LoadReport.Sample(0, "send", 0, 0, 0),
                new LoadReport.Sample(1, "send", 100, 1, 0),
                new LoadReport.Sample(2, "send", 200, 3, 1),
                new LoadReport.Sample(5, "send", 300, 3, 1),
                new LoadReport.Sample(6, "poll", 10, 23, 2)));
    LoadReport r =
        new LoadReport(
            base.schemaVersion(),
            base.tool(),
            base.command(),
            base.journal(),
            base.profile(),
            base.files(),
            base.force(),
            base.gate(),
            true,
            base.totals(),
            base.timings(),
            List.of(),
            rejected,
            List.of(),
            List.of(),
            null,
            ops);
    assertThat(ReportJson.mapper().readValue(LoadReportWriter.json(r), LoadReport.class))
        .isEqualTo(r);
    LoadReportWriter.write(r, tmp);
    String html = Files.readString(tmp.resolve("load-report.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("class=\"gate fail\"")
        .contains("Complete, with documents not loaded")
        .contains("plan: 300 document(s) to send in 3 batch(es)")
        .contains("2.17x")
        .contains("--track sample:20:14")
        .contains("preflight load --journal j --track all &lt;x&gt;")
        .contains("<polyline class=\"docs\"")
        .contains("<line class=\"limited\"")
        .contains("<rect class=\"stall\"")
        .contains("<td>document_type: not allowed</td><td class=\"num\">2</td>")
        .contains("x.jsonl:9")
        .doesNotContain("<script");
    assertThat(html.indexOf("document_type: not allowed"))
        .as("the most frequent reason first")
        .isLessThan(html.indexOf("customer_id required"));
  }
}
