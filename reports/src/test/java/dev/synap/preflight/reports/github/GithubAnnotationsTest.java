package dev.synap.preflight.reports.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.reports.ReportFixtures;
import dev.synap.preflight.reports.ReportText;
import dev.synap.preflight.reports.model.ReportFinding;
import dev.synap.preflight.reports.model.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {
  private static final List<String> TRICKY =
      List.of(
          "plain",
          "100% done, 50%0A not a newline",
          "a::b ::error::injected",
          "line one\nline two\r\nthree",
          "key=value,other=x:y",
          "%25%3A%2C literal escapes",
          "");

  @Test
  void escapingRoundTripsThroughTheRunnersUnescaping() {
    for (String text : TRICKY) {
      String line =
          "::error file=" + GithubAnnotations.property(text) + "::" + GithubAnnotations.data(text);
      WorkflowCommand c = WorkflowCommand.parse(line);
      assertThat(c.name()).isEqualTo("error");
      assertThat(c.properties()).containsEntry("file", text).hasSize(1);
      assertThat(c.message()).isEqualTo(text);
      assertThat(line).doesNotContain("\n").doesNotContain("\r");
    }
  }

  @Test
  void propertiesEscapeColonAndCommaDataKeepsThem() {
    assertThat(GithubAnnotations.property("a:b,c%\n")).isEqualTo("a%3Ab%2Cc%25%0A");
    assertThat(GithubAnnotations.data("a:b,c%\r\n")).isEqualTo("a:b,c%25%0D%0A");
  }

  @Test
  void everyHostileFindingParsesBackToItsPrintableText() {
    ValidationReport report = ReportFixtures.hostile();
    for (ReportFinding f : report.findings()) {
      String line = GithubAnnotations.command(f);
      assertThat(line).as(line).doesNotContain("\n", "\r", "\u001b", "\u0000", "\u0085", "\u202E");
      WorkflowCommand c = WorkflowCommand.parse(line);
      assertThat(c.name()).isEqualTo(f.severity().equals("info") ? "notice" : f.severity());
      assertThat(c.properties().get("file")).isEqualTo(ReportText.printable(f.file()));
      assertThat(c.properties().get("title")).isEqualTo("preflight " + f.rule());
      if (f.line() > 0) {
        assertThat(c.properties().get("line")).isEqualTo(Long.toString(f.line()));
      } else {
        assertThat(c.properties()).doesNotContainKey("line");
      }
      assertThat(c.message()).startsWith(ReportText.printable(f.message()));
      if (f.documentId() != null) {
        assertThat(c.message()).contains("[" + ReportText.printable(f.documentId()) + "]");
      }
      assertThat(c.message()).endsWith("(byte " + f.byteOffset() + ")");
    }
  }

  @Test
  void cappedAtTenPerSeverityWithANoteOfTheRest() {
    ValidationReport report = ReportFixtures.withFindings(60);
    List<String> lines = GithubAnnotations.lines(report);
    long commands = lines.stream().filter(l -> l.startsWith("::")).count();
    long errors = report.findings().stream().filter(f -> f.severity().equals("error")).count();
    long warnings = report.findings().stream().filter(f -> f.severity().equals("warning")).count();
    long notices = report.findings().size() - errors - warnings;
    long expected = Math.min(errors, 10) + Math.min(warnings, 10) + Math.min(notices, 10);
    assertThat(commands).isEqualTo(expected);
    assertThat(lines).hasSize((int) expected + 1);
    assertThat(lines.get(lines.size() - 1))
        .startsWith("preflight: " + (report.findings().size() - expected) + " more findings")
        .contains("at most 10 error, 10 warning and 10 notice annotations per step");
  }

  @Test
  void noNoteWhenEverythingFits() {
    List<String> lines = GithubAnnotations.lines(ReportFixtures.realistic());
    assertThat(lines).allMatch(l -> l.startsWith("::"));
    assertThat(lines).hasSize(ReportFixtures.realistic().findings().size());
  }
}
