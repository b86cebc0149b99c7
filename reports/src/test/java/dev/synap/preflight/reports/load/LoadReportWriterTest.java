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
    assertThat(html).contains("bad &quot;type&quot; &amp; &lt;b&gt;");
    assertThat(html).contains("Not complete").contains("overridden with --force");
    assertThat(html).contains("default-src 'none'");
    assertThat(html).doesNotContain("Rollback");
  }
}
