package dev.synap.preflight.reports.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.reports.ReportFixtures;
import dev.synap.preflight.reports.model.BaselineSummary;
import dev.synap.preflight.reports.model.ReportFinding;
import dev.synap.preflight.reports.model.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FindingLinesTest {
  private static final Pattern LINE =
      Pattern.compile("^.+:\\d+:\\d+: (error|warning|info) [a-z-]+: .*$");

  @Test
  void oneGreppableLinePerFindingWithNothingATerminalWouldObey() {
    ValidationReport report = ReportFixtures.hostile();
    List<String> lines = FindingLines.lines(report, 100);
    assertThat(lines).hasSize(report.findings().size());
    for (String line : lines) {
      assertThat(line).matches(LINE);
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        assertThat(c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202A && c <= 0x202E))
            .as("character U+%04X in %s", (int) c, line)
            .isFalse();
      }
    }
    assertThat(String.join("\n", lines))
        .contains("\\u001B[31mred")
        .contains("\\u0007bell")
        .contains("invoice\\u202Egnp.exe");
  }

  @Test
  void exactFormat() {
    ReportFinding f =
        new ReportFinding(
            "control-char", "error", "data/a.jsonl", 20, 6147, "mem-20", "content", "bell\u0007");
    assertThat(FindingLines.line(f))
        .isEqualTo("data/a.jsonl:20:6147: error control-char: bell\\u0007 [mem-20]");
    ReportFinding noId =
        new ReportFinding("malformed-record", "error", "::x", 3, 9, null, null, "not JSON");
    assertThat(FindingLines.line(noId)).isEqualTo("./::x:3:9: error malformed-record: not JSON");
  }

  @Test
  void firstNPerRuleInRuleOrderAndZeroForNone() {
    ValidationReport report = ReportFixtures.withFindings(60);
    List<String> two = FindingLines.lines(report, 2);
    assertThat(two).hasSize(2 * 18);
    assertThat(two.get(0)).contains(": error malformed-record: finding number 0 ");
    assertThat(two.get(1)).contains(": error malformed-record: finding number 18 ");
    assertThat(two.get(2)).contains(" missing-field: finding number 1 ");
    assertThat(FindingLines.lines(report, 0)).isEmpty();
  }

  @Test
  void withABaselineOnlyNewFindingsAreShown() {
    ValidationReport base = ReportFixtures.withFindings(4);
    List<ReportFinding> marked = new ArrayList<>();
    for (int i = 0; i < base.findings().size(); i++) {
      ReportFinding f = base.findings().get(i);
      marked.add(
          new ReportFinding(
              f.rule(),
              f.severity(),
              f.file(),
              f.line(),
              f.byteOffset(),
              f.documentId(),
              f.field(),
              f.message(),
              i == 2 ? ReportFinding.NEW : ReportFinding.ACCEPTED));
    }
    ValidationReport report =
        ReportFixtures.withFindings(
            base, marked, new BaselineSummary("old/report.json", 1, 3, 0, List.of()));
    assertThat(FindingLines.lines(report, 5)).containsExactly(FindingLines.line(marked.get(2)));
  }
}
