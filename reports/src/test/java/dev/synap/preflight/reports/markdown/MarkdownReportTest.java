package dev.synap.preflight.reports.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.reports.ReportFixtures;
import dev.synap.preflight.reports.model.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  private static String md(ValidationReport report) {
    return new String(new MarkdownReportWriter().render(report), StandardCharsets.UTF_8);
  }

  /** Cells of a table row: splits on pipes not escaped by a backslash. */
  private static int unescapedPipes(String row) {
    int n = 0;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        n++;
      }
    }
    return n;
  }

  @Test
  void realisticSummary() {
    String md = md(ReportFixtures.realistic());
    assertThat(md).startsWith("# Synap Preflight validation report\n\n❌ **Gate failed** (fail on");
    assertThat(md).contains("| 5605 | 5603 | 4399 | 1216 | 8 | 1207 | 1 |");
    assertThat(md).contains("| duplicate-id | warning | 1204 | 3 of 1204 |");
    assertThat(md).doesNotContain("| not-nfc |", "| unknown-identity |");
    assertThat(md).contains("### conflicting-id (1)", "### invalid-timestamp (2)");
    assertThat(md).doesNotContain("### duplicate-id", "### mojibake", "no time zone");
    assertThat(md).contains("| exports/mem0/memories.jsonl.gz | jsonl | yes | mem0 |");
    assertThat(md).doesNotContain("\r");
  }

  @Test
  void passedGateUsesTheCheckMark() {
    assertThat(md(ReportFixtures.empty()))
        .contains("✅ **Gate passed**")
        .contains("No findings.")
        .contains("No inputs.");
  }

  @Test
  void hostileTextCannotBreakTablesOrInjectHtml() {
    String md = md(ReportFixtures.hostile());
    String[] lines = md.split("\n", -1);
    int header = -1;
    for (String line : lines) {
      if (line.startsWith("|")) {
        assertThat(line).endsWith("|");
        int pipes = unescapedPipes(line);
        if (line.startsWith("|---") || header < 0) {
          header = pipes;
        }
        assertThat(pipes).as("cells in %s", line).isEqualTo(header);
      } else {
        header = -1;
      }
    }
    assertThat(md).doesNotContain("<", "\u0000", "\u202E");
    assertThat(md).doesNotContain("`code`").contains("\\`code\\`");
    assertThat(md).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(md).doesNotContain(ReportFixtures.LONG_MESSAGE);
    assertThat(md).contains("very long message start");
    // a table row is one line: the long message was cut, newlines became notation
    for (String line : lines) {
      assertThat(line.length()).isLessThan(2_000);
    }
  }

  @Test
  void atMostTenExamplesPerFailingRule() {
    String md = md(ReportFixtures.withFindings(18 * 12));
    List<String> rows = md.lines().filter(l -> l.startsWith("| exports/big/part-")).toList();
    // 12 error rules, 12 findings listed each, 10 shown each.
    assertThat(rows).hasSize(12 * 10);
    assertThat(md).contains("Showing 10 of 12.");
  }

  @Test
  void cellEscaping() {
    assertThat(MarkdownReportWriter.cell("a|b")).isEqualTo("a\\|b");
    assertThat(MarkdownReportWriter.cell("x\ny")).isEqualTo("x\\\\u000Ay");
    assertThat(MarkdownReportWriter.cell("<b>&")).isEqualTo("&lt;b&gt;&amp;");
    assertThat(MarkdownReportWriter.cell("[x](javascript:alert(4))"))
        .isEqualTo("\\[x\\](javascript:alert(4))");
    assertThat(MarkdownReportWriter.cell(null)).isEmpty();
  }
}
