package dev.synap.preflight.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

  @TempDir Path tmp;

  @Test
  void writesEachRequestedFormatIntoANewDirectory() throws IOException {
    Path dir = tmp.resolve("nested/report-dir");
    List<Path> written =
        Reports.write(ReportFixtures.realistic(), Set.of(ReportFormat.MD, ReportFormat.JSON), dir);
    assertThat(written).containsExactly(dir.resolve("report.json"), dir.resolve("report.md"));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("report.json", "report.md");
    }
    assertThat(Files.readAllBytes(dir.resolve("report.json")))
        .isEqualTo(ReportFormat.JSON.writer().render(ReportFixtures.realistic()));
  }

  @Test
  void allFormatsReplaceAnOlderReportAndLeaveNoTemporaryFiles() throws IOException {
    Files.writeString(tmp.resolve("report.html"), "stale");
    List<Path> written =
        Reports.write(ReportFixtures.hostile(), EnumSet.allOf(ReportFormat.class), tmp);
    assertThat(written)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "report.json",
            "report.html",
            "report.junit.xml",
            "report.sarif",
            "report.md",
            "gl-code-quality-report.json");
    assertThat(Files.readString(tmp.resolve("report.html"))).startsWith("<!DOCTYPE html>");
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files).hasSize(6);
    }
  }

  @Test
  void formatIdsAndFileNames() {
    assertThat(ReportFormat.parse("junit")).isEqualTo(ReportFormat.JUNIT);
    assertThat(ReportFormat.parse(" MD ")).isEqualTo(ReportFormat.MD);
    assertThat(ReportFormat.SARIF.fileName()).isEqualTo("report.sarif");
    assertThat(ReportFormat.JUNIT.fileName()).isEqualTo("report.junit.xml");
    for (ReportFormat f : ReportFormat.values()) {
      assertThat(ReportFormat.parse(f.id())).isEqualTo(f);
      assertThat(f.writer().format()).isEqualTo(f);
    }
    assertThatThrownBy(() -> ReportFormat.parse("pdf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pdf")
        .hasMessageContaining("json, html, junit, sarif, md");
  }
}
