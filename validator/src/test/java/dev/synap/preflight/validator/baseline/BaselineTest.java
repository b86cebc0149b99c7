package dev.synap.preflight.validator.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.ConfigException;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.config.Severity;
import dev.synap.preflight.validator.finding.Finding;
import dev.synap.preflight.validator.run.RunOptions;
import dev.synap.preflight.validator.run.ValidationResult;
import dev.synap.preflight.validator.run.ValidationRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private static Finding finding(RuleId rule, Severity s, String file, long line, String id) {
    return new Finding(rule, s, file, line, line * 100, id, "content", "message at line " + line);
  }

  @Test
  void matchesByRuleSeverityIdAndFieldWithMultiplicityNotByPlace() {
    Baseline b =
        new Baseline(
            "old.json",
            Map.of(
                new BaselineKey("not-nfc", "warning", "d1", "content"), 2L,
                new BaselineKey("control-char", "error", "d2", "content"), 1L));
    BaselineMatcher m = b.matcher();
    assertThat(m.accept(finding(RuleId.NOT_NFC, Severity.WARNING, "other.jsonl", 900, "d1")))
        .isTrue();
    assertThat(m.accept(finding(RuleId.NOT_NFC, Severity.WARNING, "x.jsonl", 1, "d1"))).isTrue();
    assertThat(m.accept(finding(RuleId.NOT_NFC, Severity.WARNING, "x.jsonl", 2, "d1")))
        .as("a third occurrence is new")
        .isFalse();
    assertThat(m.accept(finding(RuleId.NOT_NFC, Severity.WARNING, "x.jsonl", 3, "d9")))
        .as("another document")
        .isFalse();
    assertThat(m.accept(finding(RuleId.CONTROL_CHAR, Severity.WARNING, "x.jsonl", 4, "d2")))
        .as("a different severity is not the accepted finding")
        .isFalse();
    assertThat(m.fixedByRule()).containsExactly(Map.entry("control-char", 1L));
    assertThat(b.total()).isEqualTo(3);
  }

  @Test
  void findingsWithoutIdMatchUpToTheBaselinesCount() {
    Baseline b =
        new Baseline(
            "old.json", Map.of(new BaselineKey("malformed-record", "error", null, null), 1L));
    BaselineMatcher m = b.matcher();
    Finding broken =
        new Finding(RuleId.MALFORMED_RECORD, Severity.ERROR, "f", 7, 0, null, null, "bad");
    assertThat(m.accept(broken)).isTrue();
    assertThat(m.accept(broken)).isFalse();
    assertThat(m.fixedByRule()).isEmpty();
  }

  @Test
  void readsTheFindingsOfAReport() throws IOException {
    Path report =
        write(
            "{\"command\":\"validate\",\"schemaVersion\":\"1.0\",\"rules\":["
                + "{\"rule\":\"not-nfc\",\"count\":2,\"examples\":2,\"truncated\":false}],"
                + "\"findings\":["
                + "{\"rule\":\"not-nfc\",\"severity\":\"warning\",\"documentId\":\"a\",\"field\":\"content\"},"
                + "{\"rule\":\"not-nfc\",\"severity\":\"warning\",\"documentId\":\"a\",\"field\":\"content\"},"
                + "{\"rule\":\"missing-field\",\"severity\":\"error\",\"documentId\":null,\"field\":\"id\"}]}");
    Baseline b = Baseline.read(report);
    assertThat(b.counts())
        .containsOnly(
            Map.entry(new BaselineKey("not-nfc", "warning", "a", "content"), 2L),
            Map.entry(new BaselineKey("missing-field", "error", null, "id"), 1L));
    assertThat(b.source()).isEqualTo(report.toString());
  }

  @Test
  void refusesAListCutByMaxExamplesAndWhatIsNotAValidationReport() throws IOException {
    Path cut =
        write(
            "{\"command\":\"validate\",\"configuration\":{\"maxExamples\":1},\"rules\":["
                + "{\"rule\":\"not-nfc\",\"count\":5,\"examples\":1,\"truncated\":true}],"
                + "\"findings\":[]}");
    assertThatThrownBy(() -> Baseline.read(cut))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("lists only 1 of 5 not-nfc findings")
        .hasMessageContaining("--max-examples 5 or more");
    Path verify = write("{\"command\":\"verify\",\"rules\":[],\"findings\":[]}");
    assertThatThrownBy(() -> Baseline.read(verify))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("not a report.json written by 'preflight validate'");
    assertThatThrownBy(() -> Baseline.read(write("not json")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("cannot read it");
    assertThatThrownBy(() -> Baseline.read(dir.resolve("missing.json")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("missing.json");
  }

  @Test
  void aRunCountsOnlyNewFindingsForTheGateAndCountsAllOfThemBeyondTheExampleCap()
      throws IOException {
    StringBuilder old = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      old.append(record("d" + i, "Cafe\\u0301 " + i)); // not-nfc warning each
    }
    Path first = file("old.jsonl", old.toString());
    ValidationResult before = run(null, first);
    Map<BaselineKey, Long> keys = new HashMap<>();
    before.findings().forEach(f -> keys.merge(BaselineKey.of(f), 1L, Long::sum));
    assertThat(keys.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(50);

    // re-ordered, a new error (control character) and one accepted document gone
    StringBuilder now = new StringBuilder();
    for (int i = 49; i >= 1; i--) {
      now.append(record("d" + i, "Cafe\\u0301 " + i));
    }
    now.append(record("new", "bell\\u0007"));
    Path second = file("new.jsonl", now.toString());
    CheckConfig config = CheckConfig.defaults().withFailOn(Severity.WARNING).withMaxExamples(3);
    ValidationResult after =
        new ValidationRun(
                new RunOptions(config, null, null, 2, CLOCK)
                    .withBaseline(new Baseline("old", keys)))
            .run(List.of(second));
    assertThat(after.count(Severity.WARNING)).isEqualTo(49);
    assertThat(after.accepted(Severity.WARNING)).isEqualTo(49);
    assertThat(after.gateFindings()).isEqualTo(1);
    assertThat(after.acceptedGateFindings()).isEqualTo(49);
    assertThat(after.baseline().fixed()).isEqualTo(1);
    assertThat(after.baseline().fixedByRule()).containsExactly(Map.entry("not-nfc", 1L));
    assertThat(after.findings()).hasSize(4); // 3 not-nfc examples + the control char
    for (int i = 0; i < after.findings().size(); i++) {
      boolean isNew = after.findings().get(i).rule() == RuleId.CONTROL_CHAR;
      assertThat(after.baseline().accepted(i)).isEqualTo(!isNew);
    }
  }

  private ValidationResult run(Baseline baseline, Path... files) {
    return new ValidationRun(
            new RunOptions(CheckConfig.defaults(), null, null, 2, CLOCK).withBaseline(baseline))
        .run(List.of(files));
  }

  private static String record(String id, String text) {
    return "{\"id\":\"" + id + "\",\"content\":\"" + text + "\",\"user_id\":\"u\"}\n";
  }

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private int n;

  private Path write(String json) throws IOException {
    return file("report-" + (n++) + ".json", json);
  }
}
