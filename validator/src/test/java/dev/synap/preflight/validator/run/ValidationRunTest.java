package dev.synap.preflight.validator.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.config.Severity;
import dev.synap.preflight.validator.finding.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationRunTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private ValidationResult run(int threads, CheckConfig config, Path... files) {
    return new ValidationRun(new RunOptions(config, null, null, threads, CLOCK))
        .run(List.of(files));
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static String record(int i, String id, String text) {
    return "{\"id\":\""
        + id
        + "\",\"content\":\""
        + text
        + "\",\"user_id\":\"u"
        + (i % 7)
        + "\",\"customer_id\":\"c\",\"created_at\":\"2025-0"
        + (1 + i % 9)
        + "-01T00:00:00Z\"}\n";
  }

  @Test
  void duplicatesAcrossFilesAreFoundAndPinnedToTheFirstOccurrence() throws IOException {
    Path a = write("a.jsonl", record(0, "d1", "hello") + record(1, "d2", "world"));
    Path b =
        write(
            "b.jsonl",
            record(0, "d1", "hello") // exact duplicate of a.jsonl:1
                + record(1, "d2", "other text") // conflicting id
                + record(2, "d3", "  world ")); // duplicate content (normalized) of d2
    ValidationResult r = run(2, CheckConfig.defaults(), a, b);
    assertThat(r.records()).isEqualTo(5);
    assertThat(r.distinctIds()).isEqualTo(3);
    assertThat(rules(r.findings()))
        .containsExactly(RuleId.DUPLICATE_ID, RuleId.CONFLICTING_ID, RuleId.DUPLICATE_CONTENT);
    Finding dup = r.findings().get(0);
    assertThat(dup.file()).isEqualTo(b.toString());
    assertThat(dup.line()).isEqualTo(1);
    assertThat(dup.documentId()).isEqualTo("d1");
    assertThat(dup.message()).contains(a + ":1").contains("identical content");
    assertThat(r.findings().get(1).message()).contains(a + ":2").contains("different text");
    assertThat(r.findings().get(2).message()).contains(a + ":2");
  }

  @Test
  void resultIsTheSameWhateverTheThreadCount() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      String id = "id-" + (i % 2500); // 500 repeats
      String text = i % 11 == 0 ? "Caf\u00c3\u00a9 " + (i % 2400) : "text " + (i % 2600);
      sb.append(i % 97 == 0 ? "{broken\n" : record(i, id, text));
    }
    Path f = write("big.jsonl", sb.toString());
    ValidationResult one = run(1, CheckConfig.defaults(), f);
    ValidationResult four = run(4, CheckConfig.defaults(), f);
    assertThat(four.findings()).isEqualTo(one.findings());
    assertThat(four.tallies()).isEqualTo(one.tallies());
    assertThat(four.records()).isEqualTo(3000);
    assertThat(four.tallies().get(RuleId.MALFORMED_RECORD.ordinal()).total()).isEqualTo(31);
    assertThat(four.createdMonths()).isEqualTo(one.createdMonths());
  }

  @Test
  void examplesAreCappedButCountsStayExact() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      sb.append("{\"id\":\"x").append(i).append("\"}\n");
    }
    ValidationResult r =
        run(2, CheckConfig.defaults().withMaxExamples(3), write("m.jsonl", sb.toString()));
    RuleTally missing = r.tallies().get(RuleId.MISSING_FIELD.ordinal());
    assertThat(missing.total()).isEqualTo(50);
    assertThat(missing.examples()).isEqualTo(3);
    assertThat(missing.truncated()).isTrue();
    assertThat(r.findings()).hasSize(3);
    assertThat(r.gateFindings()).isEqualTo(50);
  }

  @Test
  void switchedOffRulesAndSeverityOverridesApply() throws IOException {
    Path f = write("s.jsonl", "{\"id\":\"a\",\"content\":\"Caf\u00c3\u00a9\"}\n");
    CheckConfig config = CheckConfig.defaults().withSeverity(RuleId.MOJIBAKE, Severity.ERROR);
    assertThat(run(1, config, f).findings())
        .extracting(Finding::rule, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleId.MOJIBAKE, Severity.ERROR));
    assertThat(run(1, config.withSeverity(RuleId.MOJIBAKE, null), f).findings()).isEmpty();
  }

  @Test
  void unreadableInputsAreReportedAndTheRestIsChecked() throws IOException {
    Path good = write("good.jsonl", record(0, "a", "fine"));
    Path missing = dir.resolve("missing.jsonl");
    ValidationResult r = run(2, CheckConfig.defaults(), missing, dir, good);
    assertThat(r.inputs())
        .extracting(InputSummary::error)
        .containsExactly("no such file", "is a directory, not an export file", null);
    assertThat(r.inputs().get(2).records()).isEqualTo(1);
    assertThat(r.inputs().get(2).sha256()).hasSize(64);
    assertThat(r.incomplete()).isTrue();
  }

  @Test
  void invalidUtf8IsPinnedToItsByteAndTheRecordIsStillChecked() throws IOException {
    byte[] line1 = "{\"id\":\"a\",\"content\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] line2 =
        "{\"id\":\"b\",\"content\":\"R\u00e9sum\u00e9\",\"created_at\":\"2025-13-01T00:00:00Z\"}\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Path f = dir.resolve("latin1.jsonl");
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write(line1);
      out.write(line2);
    }
    ValidationResult r = run(1, CheckConfig.defaults(), f);
    assertThat(rules(r.findings())).containsExactly(RuleId.INVALID_UTF8, RuleId.INVALID_TIMESTAMP);
    Finding utf8 = r.findings().get(0);
    assertThat(utf8.line()).isEqualTo(2);
    assertThat(utf8.documentId()).isEqualTo("b");
    int firstBad = new String(line2, StandardCharsets.ISO_8859_1).indexOf('\u00e9');
    assertThat(utf8.byteOffset()).isEqualTo(line1.length + firstBad);
  }

  @Test
  void gzipInputAndTruncatedGzipBecomeFindingsNotCrashes() throws IOException {
    Path gz = dir.resolve("e.jsonl.gz");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      sb.append(record(i, "g" + i, "some text number " + i + " with padding to compress"));
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    ValidationResult whole = run(2, CheckConfig.defaults(), gz);
    assertThat(whole.records()).isEqualTo(2000);
    assertThat(whole.inputs().get(0).gzip()).isTrue();
    assertThat(whole.findings()).isEmpty();

    byte[] bytes = Files.readAllBytes(gz);
    Path cut = dir.resolve("cut.jsonl.gz");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    ValidationResult r = run(2, CheckConfig.defaults(), cut);
    assertThat(r.records()).isGreaterThan(0).isLessThan(2000);
    assertThat(r.findings()).extracting(Finding::rule).contains(RuleId.MALFORMED_RECORD);
    assertThat(r.inputs().get(0).error()).isNull();
  }

  @Test
  void aFileThatGrowsWhileItIsReadIsAnInputError() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sb.append(record(i, "w" + i, "growing file line " + i));
    }
    Path f = write("growing.jsonl", sb.toString());
    ValidationRun run =
        new ValidationRun(new RunOptions(CheckConfig.defaults(), null, null, 1, CLOCK));
    Thread writer =
        new Thread(
            () -> {
              try {
                while (run.progress().records() == 0) {
                  Thread.onSpinWait();
                }
                Files.writeString(
                    f,
                    record(0, "late", "appended while reading"),
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();
    ValidationResult r = run.run(List.of(f));
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertThat(r.inputs().get(0).error()).startsWith("the file changed while it was read");
    assertThat(r.incomplete()).isTrue();
  }

  @Test
  void aFileWithoutRecordsIsAFindingNotASilentPass() throws IOException {
    Path headerOnly = write("header.csv", "id,content,user_id\n");
    Path doubled = write("agent.af", "\"{\\\"agents\\\":[]}\"\n");
    ValidationResult r = run(1, CheckConfig.defaults(), headerOnly, doubled);
    assertThat(r.findings())
        .extracting(Finding::rule, Finding::file, Finding::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RuleId.MALFORMED_RECORD, headerOnly.toString(), 1L),
            org.assertj.core.groups.Tuple.tuple(RuleId.MALFORMED_RECORD, doubled.toString(), 1L));
    assertThat(r.findings().get(0).message()).isEqualTo("no records found in the file (csv)");
    assertThat(r.findings().get(1).message()).contains("double-encoded");
    assertThat(r.gateFindings()).isEqualTo(2);
  }

  private static List<RuleId> rules(List<Finding> findings) {
    return findings.stream().map(Finding::rule).toList();
  }
}
