package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.standin.StandinOptions;
import dev.synap.preflight.standin.StandinServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code preflight diff} end to end: export A loaded into the stand-in through the CLI, then export
 * B derived from it (2% added, 1% changed of each kind, 1% removed, another record order, two
 * files, a malformed line and a repeated id) compared with A's journal. The exact console output is
 * the golden {@code golden/diff-catchup.stdout.txt}.
 */
class DiffCommandTest {
  private static final String KEY = "sk-test-diff-command-1234";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int N = 200;

  @TempDir static Path tmp;
  private static StandinServer server;
  private static Path journal;

  @BeforeAll
  static void loadExportA() throws Exception {
    server =
        StandinServer.start(
            StandinOptions.builder()
                .apiKey(KEY)
                .port(0)
                .instance(Instance.B2C)
                .seed(16)
                .ingestionDelay(Duration.ofMillis(2))
                .build());
    Path key = tmp.resolve("key");
    Files.writeString(key, KEY, StandardCharsets.UTF_8);
    List<ObjectNode> a = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      a.add(record(i));
    }
    Path exportA = write("a.jsonl", a);
    journal = tmp.resolve("journal-a");
    CliRunner.Result load =
        CliRunner.run(
            "load",
            "--profile",
            "generic",
            exportA.toString(),
            "--base-url",
            server.baseUri().toString(),
            "--journal",
            journal.toString(),
            "--api-key-file",
            key.toString(),
            "--progress",
            "never");
    assertThat(load.exitCode()).as(load.out() + load.err()).isZero();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static ObjectNode record(int i) {
    return CatchUpCommandTest.record(i); // the same records as the catch-up's end-to-end test
  }

  private static Path write(String name, List<ObjectNode> records) throws Exception {
    StringBuilder s = new StringBuilder();
    for (ObjectNode r : records) {
      s.append(JSON.writeValueAsString(r)).append('\n');
    }
    return Files.writeString(tmp.resolve(name), s.toString(), StandardCharsets.UTF_8);
  }

  /** B: A minus 2 removed, 2 changed of each kind, 4 added; reversed, split in two files. */
  private static List<Path> exportB() throws Exception {
    List<ObjectNode> b = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      if (i == 50 || i == 150) {
        continue; // removed
      }
      ObjectNode r = record(i);
      switch (i) {
        case 10, 110 -> r.put("content", "Alice now prefers coffee, note " + i + ".");
        case 20, 120 -> r.put("document_type", "email");
        case 30, 130 -> r.put("created_at", "2024-06-01T10:00:00Z");
        case 40, 140 -> r.put("user_id", "user-moved-" + i);
        case 60, 160 -> r.putObject("metadata").put("n", i).put("edited", true);
        default -> {}
      }
      b.add(r);
    }
    for (int i = N; i < N + 4; i++) {
      b.add(record(i));
    }
    Collections.reverse(b);
    Path b1 = write("b-part1.jsonl", b.subList(0, 100));
    Path b2 = write("b-part2.jsonl", b.subList(100, b.size()));
    Files.writeString(
        b2,
        "{\"id\": \"broken\n" + JSON.writeValueAsString(record(7)) + "\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    return List.of(b1, b2);
  }

  private static CliRunner.Result diff(String... extra) {
    List<String> a = new ArrayList<>(List.of("diff", "--journal", journal.toString()));
    a.addAll(List.of(extra));
    return CliRunner.run(a.toArray(String[]::new));
  }

  @Test
  void reportsExactlyWhatWasAddedChangedAndRemovedAndWhichParts() throws Exception {
    List<Path> b = exportB();
    Path reports = tmp.resolve("diff-reports");
    CliRunner.Result r =
        diff(b.get(0).toString(), b.get(1).toString(), "--report-dir", reports.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.GATE_FAILED);
    String expected =
        Files.readString(
            Path.of("src/test/resources/golden/diff-catchup.stdout.txt"), StandardCharsets.UTF_8);
    assertThat(r.out().replace(tmp.toString(), "TMP")).isEqualTo(expected);

    JsonNode json = JSON.readTree(reports.resolve("diff-report.json").toFile());
    assertThat(json.at("/counts").toString())
        .isEqualTo("{\"added\":4,\"changed\":10,\"removed\":2,\"unchanged\":188}");
    assertThat(json.at("/changedParts").toString())
        .isEqualTo("{\"content\":2,\"identities\":2,\"metadata\":2,\"timestamp\":2,\"type\":2}");
    Map<String, String> parts = new TreeMap<>();
    json.at("/examples/changed")
        .forEach(e -> parts.put(e.get("documentId").asText(), e.get("parts").toString()));
    assertThat(parts)
        .containsEntry("doc-10", "[\"content\"]")
        .containsEntry("doc-120", "[\"type\"]")
        .containsEntry("doc-30", "[\"timestamp\"]")
        .containsEntry("doc-140", "[\"identities\"]")
        .containsEntry("doc-60", "[\"metadata\"]")
        .hasSize(10);
    assertThat(json.at("/examples/removed/0/documentId").asText()).isEqualTo("doc-150");
    assertThat(json.at("/examples/removed/1/documentId").asText()).isEqualTo("doc-50");
    assertThat(json.at("/problemCount").asInt()).isEqualTo(2);
    assertThat(Files.readString(reports.resolve("diff-report.md"), StandardCharsets.UTF_8))
        .contains("| changed | 10 |", "| doc-150 | journal |  |");
  }

  @Test
  void progressAlwaysDrawsTheBarOnStderrAndLeavesStdoutAsItWas() throws Exception {
    List<Path> b = exportB();
    CliRunner.Result r =
        diff(
            b.get(0).toString(),
            b.get(1).toString(),
            "--report-dir",
            tmp.resolve("diff-reports").toString(), // as the golden names it
            "--progress",
            "always");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(r.out().replace(tmp.toString(), "TMP"))
        .isEqualTo(
            Files.readString(
                Path.of("src/test/resources/golden/diff-catchup.stdout.txt"),
                StandardCharsets.UTF_8));
    String total = ProgressBar.bytes(Files.size(b.get(0)) + Files.size(b.get(1)));
    assertThat(r.err())
        .contains("\r100% [" + "#".repeat(24) + "] " + total + " / " + total, " rec/s  ETA ")
        .endsWith("\r" + " ".repeat(100) + "\r");

    CliRunner.Result quiet =
        diff(b.get(0).toString(), "--report-dir", tmp.resolve("quiet").toString());
    assertThat(quiet.err()).isEmpty(); // auto: stderr is no terminal here
    assertThat(diff(b.get(0).toString(), "--progress", "sometimes").exitCode())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void theSameExportAgainIsNothingToCatchUp() throws Exception {
    CliRunner.Result r =
        diff(tmp.resolve("a.jsonl").toString(), "--report-dir", tmp.resolve("same").toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.PASSED);
    assertThat(r.out()).contains("added:     0", "removed:   0", "unchanged: " + N);
  }

  @Test
  void aJournalOfAnotherProfileAMissingOneAndADamagedOneAreRefused() throws Exception {
    String a = tmp.resolve("a.jsonl").toString();
    CliRunner.Result other = diff(a, "--profile", "mem0");
    assertThat(other.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(other.err()).contains("profile generic, not mem0", "--profile generic");

    CliRunner.Result none =
        CliRunner.run("diff", "--journal", tmp.resolve("nowhere").toString(), a);
    assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("no load journal in");

    Path damaged = tmp.resolve("damaged");
    Files.createDirectories(damaged);
    List<String> lines = Files.readAllLines(journal.resolve("journal.log"), StandardCharsets.UTF_8);
    lines.set(1, "{\"type\":\"sent\",\"batch\":\"not a number\"}");
    Files.write(damaged.resolve("journal.log"), lines, StandardCharsets.UTF_8);
    CliRunner.Result bad = CliRunner.run("diff", "--journal", damaged.toString(), a);
    assertThat(bad.exitCode()).as(bad.out() + bad.err()).isEqualTo(ExitCodes.INPUT_OR_INTERNAL);
    assertThat(bad.err()).contains("journal " + damaged + " cannot be read");
  }
}
