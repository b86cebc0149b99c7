package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --baseline}: accepted findings survive a re-ordered, re-split export, a new error
 * fails the gate, and thousands of accepted warnings do not hide one new error.
 */
class BaselineCommandTest {
  private static final Path SAMPLE = Path.of("../samples/support-memories.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void reorderedResplitExportKeepsItsAcceptedFindingsAndOneNewErrorFails() throws IOException {
    Path old = dir.resolve("old");
    assertThat(validate(old, SAMPLE.toString()).exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    Path baseline = old.resolve("report.json");

    // the same records in other files and another order; the record pairs that make
    // duplicate findings (2 before 17 and 19, 3 before 18) keep their relative order
    List<byte[]> lines = lines(SAMPLE);
    List<byte[]> tail = new ArrayList<>(lines.subList(19, lines.size()));
    Collections.reverse(tail);
    List<byte[]> head = new ArrayList<>(lines.subList(0, 19));
    Collections.reverse(head.subList(3, 16));
    Path part1 = write("part-1.jsonl", tail);
    Path part2 = write("part-2.jsonl", head);

    Path again = dir.resolve("again");
    CliRunner.Result same =
        validate(
            again,
            part1.toString(),
            part2.toString(),
            "--baseline",
            baseline.toString(),
            "--format",
            "json,html,junit");
    assertThat(same.exitCode()).as(same.out() + same.err()).isEqualTo(ExitCodes.PASSED);
    assertThat(same.out())
        .contains("Baseline: 0 new, 17 still present, 0 fixed since baseline " + baseline)
        .contains(
            "Gate: PASSED (fail-on error): no new findings at error or above (11 accepted by the"
                + " baseline)")
        .doesNotContain("New findings (first");
    JsonNode report = JSON.readTree(again.resolve("report.json").toFile());
    assertThat(report.at("/schemaVersion").asText()).isEqualTo("1.1");
    assertThat(report.at("/baseline/newFindings").asLong()).isZero();
    assertThat(report.at("/baseline/stillPresent").asLong()).isEqualTo(17);
    assertThat(report.at("/baseline/fixed").asLong()).isZero();
    report
        .at("/findings")
        .forEach(f -> assertThat(f.get("baseline").asText()).isEqualTo("accepted"));
    assertThat(Files.readString(again.resolve("report.html"), StandardCharsets.UTF_8))
        .contains("0 new, 17 still present, 0 fixed since baseline");
    assertThat(Files.readString(again.resolve("report.junit.xml"), StandardCharsets.UTF_8))
        .as("accepted findings fail no test case")
        .doesNotContain("<failure");

    // one new error in a third file, and one accepted record (the NFC warning, line 21) gone
    List<byte[]> fewer = new ArrayList<>(tail);
    fewer.removeIf(l -> new String(l, StandardCharsets.UTF_8).contains("\"mem-0021\""));
    Path part1b = write("part-1b.jsonl", fewer);
    Path extra =
        write(
            "part-3.jsonl",
            List.of(
                "{\"id\": \"mem-0100\", \"content\": \"new\", \"document_type\": \"fax\"}"
                    .getBytes(StandardCharsets.UTF_8)));
    Path newer = dir.resolve("newer");
    CliRunner.Result failed =
        validate(
            newer,
            part1b.toString(),
            part2.toString(),
            extra.toString(),
            "--baseline",
            baseline.toString(),
            "--format",
            "json,md,sarif,junit,gitlab,github");
    assertThat(failed.exitCode()).as(failed.out()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(failed.out())
        .contains("Baseline: 1 new, 16 still present, 1 fixed since baseline " + baseline)
        .contains("  invalid-field               3  3 error; 1 new")
        .contains(
            "Gate: FAILED (fail-on error): 1 new finding at error or above (11 accepted by the"
                + " baseline)");
    List<String> findingLines =
        failed.out().lines().filter(l -> l.startsWith(dir.toString())).toList();
    assertThat(findingLines)
        .containsExactly(
            extra
                + ":1:0: error invalid-field: \"fax\" is not an accepted document_type (accepted:"
                + " ai-chat-conversation, document, email, pdf, image, audio,"
                + " meeting-transcript) [mem-0100]");
    assertThat(failed.out().lines().filter(l -> l.startsWith("::")).toList())
        .singleElement()
        .asString()
        .startsWith("::error file=" + extra + ",line=1,title=preflight invalid-field::");
    JsonNode gitlab = JSON.readTree(newer.resolve("gl-code-quality-report.json").toFile());
    assertThat(gitlab.size()).isEqualTo(1);
    JsonNode sarif = JSON.readTree(newer.resolve("report.sarif").toFile());
    List<String> states = new ArrayList<>();
    sarif.at("/runs/0/results").forEach(res -> states.add(res.get("baselineState").asText()));
    assertThat(states).hasSize(17).containsOnly("new", "unchanged");
    assertThat(states.stream().filter("new"::equals)).hasSize(1);
    String junit = Files.readString(newer.resolve("report.junit.xml"), StandardCharsets.UTF_8);
    assertThat(junit.split("<failure", -1)).as("one failing test case").hasSize(2);
    assertThat(junit).containsPattern("<testcase [^>]*name=\"invalid-field\"[^>]*>\\s*<failure");
    JsonNode after = JSON.readTree(newer.resolve("report.json").toFile());
    assertThat(after.at("/baseline/newFindings").asLong()).isEqualTo(1);
    assertThat(after.at("/baseline/fixed").asLong()).isEqualTo(1);
    assertThat(after.at("/baseline/rules").toString())
        .contains(
            "{\"rule\":\"invalid-field\",\"newFindings\":1,\"stillPresent\":2,\"fixed\":0,"
                + "\"newFailing\":1}")
        .contains(
            "{\"rule\":\"not-nfc\",\"newFindings\":0,\"stillPresent\":0,\"fixed\":1,"
                + "\"newFailing\":0}");
    assertThat(Files.readString(newer.resolve("report.md"), StandardCharsets.UTF_8))
        .contains("Only new findings count for the gate: 1 new, 16 still present, 1 fixed")
        .contains("| invalid-field | 1 | 2 | 0 |");
  }

  @Test
  void thousandsOfAcceptedWarningsStillFailOnOneNewError() throws IOException {
    StringBuilder legacy = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      legacy.append(record("legacy-" + i, "Cafe\\u0301 number " + i));
    }
    Path export = Files.writeString(dir.resolve("legacy.jsonl"), legacy, StandardCharsets.UTF_8);
    Path old = dir.resolve("old");
    validate(old, export.toString(), "--fail-on", "warning", "--max-examples", "5000");

    CliRunner.Result accepted =
        validate(
            dir.resolve("a"),
            export.toString(),
            "--fail-on",
            "warning",
            "--baseline",
            old.resolve("report.json").toString());
    assertThat(accepted.exitCode()).as(accepted.out()).isEqualTo(ExitCodes.PASSED);

    Path withError =
        Files.writeString(
            dir.resolve("more.jsonl"),
            legacy + record("new-1", "bell \\u0007"),
            StandardCharsets.UTF_8);
    CliRunner.Result failed =
        validate(
            dir.resolve("b"),
            withError.toString(),
            "--fail-on",
            "warning",
            "--baseline",
            old.resolve("report.json").toString());
    assertThat(failed.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(failed.out())
        .contains("Baseline: 1 new, 3000 still present, 0 fixed")
        .contains("1 new finding at warning or above (3000 accepted by the baseline)")
        .contains(withError + ":3001:");
  }

  @Test
  void aBaselineWhoseListWasCutIsRefusedAsAUsageError() throws IOException {
    StringBuilder legacy = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      legacy.append(record("legacy-" + i, "Cafe\\u0301 number " + i));
    }
    Path export = Files.writeString(dir.resolve("legacy.jsonl"), legacy, StandardCharsets.UTF_8);
    validate(dir.resolve("old"), export.toString(), "--max-examples", "10");
    CliRunner.Result r =
        validate(
            dir.resolve("new"),
            export.toString(),
            "--baseline",
            dir.resolve("old/report.json").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains("lists only 10 of 30 not-nfc findings")
        .contains("--max-examples 30 or more");
    CliRunner.Result missing =
        validate(
            dir.resolve("x"), export.toString(), "--baseline", dir.resolve("nope.json").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("--baseline").contains("nope.json");
  }

  private static String record(String id, String text) {
    return "{\"id\": \"" + id + "\", \"content\": \"" + text + "\", \"user_id\": \"u\"}\n";
  }

  private static CliRunner.Result validate(Path reportDir, String... args) {
    List<String> all = new ArrayList<>(List.of("validate", "--progress", "never"));
    all.addAll(List.of("--report-dir", reportDir.toString()));
    all.addAll(List.of(args));
    return CliRunner.run(all.toArray(String[]::new));
  }

  private static List<byte[]> lines(Path file) throws IOException {
    byte[] all = Files.readAllBytes(file);
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < all.length; i++) {
      if (all[i] == '\n') {
        out.add(java.util.Arrays.copyOfRange(all, start, i));
        start = i + 1;
      }
    }
    if (start < all.length) {
      out.add(java.util.Arrays.copyOfRange(all, start, all.length));
    }
    return out;
  }

  private Path write(String name, List<byte[]> lines) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte[] l : lines) {
      bytes.write(l);
      bytes.write('\n');
    }
    return Files.write(dir.resolve(name), bytes.toByteArray());
  }
}
