package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.synap.preflight.reports.json.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code preflight verify} end to end: the real entry point against an in-process stand-in loaded
 * with a generated export (B2C, 120 documents of 30 users and the client). Exit codes, the files
 * written, the report against its schema, and the key never anywhere.
 */
class VerifyCommandTest {
  private static final Map<String, String> ENV = Map.of("SYNAP_API_KEY", LoadedStandin.KEY);
  private static final String[] FILES = {
    "report.json",
    "report.html",
    "report.md",
    "synap.run",
    "baseline.run",
    "baseline.qrels",
    "known-items.qrels"
  };

  @TempDir static Path dir;
  private static LoadedStandin standin;

  @BeforeAll
  static void load() throws Exception {
    standin = new LoadedStandin(dir, docs(120), false);
  }

  @AfterAll
  static void stop() throws IOException {
    standin.close();
  }

  static List<LoadedStandin.Doc> docs(int n) {
    Random random = new Random(4);
    String[] syl = {"ka", "lo", "mi", "ne", "su", "ta", "vo", "ri", "pe", "zu", "ga", "ho"};
    List<LoadedStandin.Doc> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 12; w++) {
        for (int s = 0; s < 3; s++) {
          text.append(syl[random.nextInt(syl.length)]);
        }
        text.append(w == 11 ? "." : " ");
      }
      String user = i % 10 == 0 ? null : "u" + random.nextInt(30);
      out.add(
          new LoadedStandin.Doc(
              String.format(Locale.ROOT, "doc-%03d", i), text.toString(), user, null));
    }
    return out;
  }

  private static String[] args(Path reports, String... extra) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "verify",
                "--profile",
                "generic",
                standin.export.toString(),
                "--base-url",
                standin.baseUrl(),
                "--report-dir",
                reports.toString(),
                "--index-dir",
                dir.resolve("index").toString(),
                "--progress",
                "always"));
    a.addAll(List.of(extra));
    return a.toArray(String[]::new);
  }

  private static void assertNoKey(CliRunner.Result r, Path reports) throws IOException {
    assertThat(r.out()).doesNotContain(LoadedStandin.KEY);
    assertThat(r.err()).doesNotContain(LoadedStandin.KEY);
    if (Files.isDirectory(reports)) {
      try (Stream<Path> files = Files.walk(reports)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1))
              .as(f.toString())
              .doesNotContain(LoadedStandin.KEY);
        }
      }
    }
  }

  @Test
  void faithfulLoadPassesAndWritesEveryFile() throws Exception {
    Path reports = dir.resolve("ok");
    CliRunner.Result r =
        CliRunner.runWithEnv(
            ENV,
            args(
                reports,
                "--sample",
                "60",
                "--journal",
                standin.journal.toString(),
                "--min-recall",
                "0.8",
                "--min-known-item",
                "0.9"));
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    for (String f : FILES) {
      assertThat(reports.resolve(f)).isNotEmptyFile();
    }
    assertThat(r.out())
        .contains("Gate passed (exit code 0)", "scope leaks: 0", "Coverage: 120 of 120");
    assertThat(r.err()).contains("verify: 60/60 queries replayed");
    JsonNode report = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
    assertThat(schema().validate(report)).isEmpty();
    assertThat(report.at("/metrics/queries").asInt()).isEqualTo(60);
    assertThat(report.at("/metrics/attributionMethods/journal").asInt())
        .isEqualTo(report.at("/metrics/items").asInt());
    assertThat(report.at("/baseline/k1").asDouble()).isEqualTo(0.9);
    assertThat(Files.readAllLines(reports.resolve("known-items.qrels"))).hasSize(60);
    assertNoKey(r, reports);
  }

  @Test
  void theBaselineBuildAndTheReplayAreTimedAndAReusedIndexSaysSo() throws Exception {
    Path index = dir.resolve("timed-index");
    List<JsonNode> reports = new ArrayList<>();
    List<String> outs = new ArrayList<>();
    for (String run : List.of("built", "reused")) {
      Path reports1 = dir.resolve("timed-" + run);
      List<String> a = new ArrayList<>(List.of(args(reports1, "--sample", "12")));
      a.set(a.indexOf("--index-dir") + 1, index.toString());
      CliRunner.Result r = CliRunner.runWithEnv(ENV, a.toArray(String[]::new));
      assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
      JsonNode report = new ObjectMapper().readTree(reports1.resolve("report.json").toFile());
      assertThat(schema().validate(report)).isEmpty();
      reports.add(report);
      outs.add(r.out());
    }
    JsonNode built = reports.get(0);
    assertThat(built.at("/baseline/reused").asBoolean()).isFalse();
    assertThat(built.at("/baseline/buildMillis").isIntegralNumber()).isTrue();
    assertThat(built.at("/baseline/buildMillis").asLong()).isNotNegative();
    assertThat(built.at("/baseline/documents").asInt()).isEqualTo(120);
    assertThat(outs.get(0)).contains("120 documents (index built in ", " documents/s)");

    JsonNode reused = reports.get(1);
    assertThat(reused.at("/baseline/reused").asBoolean()).isTrue();
    assertThat(reused.at("/baseline/buildMillis").isNull()).isTrue();
    assertThat(outs.get(1)).contains("120 documents (index reused)");
    for (int i = 0; i < 2; i++) {
      JsonNode m = reports.get(i).at("/metrics");
      assertThat(m.at("/queries").asInt()).isEqualTo(12);
      assertThat(m.at("/replayMillis").isIntegralNumber()).isTrue();
      assertThat(m.at("/replayMillis").asLong()).isNotNegative();
      assertThat(outs.get(i)).containsPattern("Replay: \\d+\\.\\d{3} s \\(");
      assertThat(
              Files.readString(
                  dir.resolve(i == 0 ? "timed-built" : "timed-reused").resolve("report.md"),
                  StandardCharsets.UTF_8))
          .contains(i == 0 ? "index built in " : "index reused", "; replay ");
    }
  }

  @Test
  void leaksFailTheGateWithExitCodeOne() throws Exception {
    Path reports = dir.resolve("leaky");
    standin.server.faults().leakRate(0.5);
    CliRunner.Result r;
    try {
      r = CliRunner.runWithEnv(ENV, args(reports, "--sample", "40"));
    } finally {
      standin.server.faults().leakRate(0);
    }
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("Gate failed (exit code 1)", "  LEAK ", "Scope leaks:\n");
    // each leak also as a file:line:byte line at the leaked document's place in the export
    assertThat(r.out())
        .containsPattern(
            "(?m)^\\S+/export\\.jsonl:\\d+:\\d+: error scope-leak: item \\S+ \\(\\w+\\) returned to .+ by"
                + " query .+; the document belongs to .+ \\[.+\\]$");
    JsonNode report = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
    assertThat(report.at("/leaks").size()).isPositive();
    assertThat(report.at("/gate/passed").asBoolean()).isFalse();
    assertThat(Files.readString(reports.resolve("report.html"), StandardCharsets.UTF_8))
        .contains("scope leak</span>");
    assertNoKey(r, reports);
  }

  @Test
  void usageAndConfigurationErrorsExitTwo() throws Exception {
    Path reports = dir.resolve("usage");
    assertThat(CliRunner.runWithEnv(Map.of(), args(reports, "--sample", "5")).exitCode())
        .isEqualTo(2);
    CliRunner.Result wrongKey =
        CliRunner.runWithEnv(Map.of("SYNAP_API_KEY", "sk-wrong"), args(reports, "--sample", "5"));
    assertThat(wrongKey.exitCode()).isEqualTo(2);
    assertThat(wrongKey.err()).contains("refused the API key").doesNotContain("sk-wrong");
    CliRunner.Result remote =
        CliRunner.runWithEnv(
            ENV,
            "verify",
            standin.export.toString(),
            "--base-url",
            "http://example.com",
            "--sample",
            "5");
    assertThat(remote.exitCode()).isEqualTo(2);
    assertThat(remote.err()).contains("http://");
    assertThat(
            CliRunner.runWithEnv(ENV, args(reports, "--sample", "5", "--queries", "q.jsonl"))
                .exitCode())
        .isEqualTo(2);
    assertThat(CliRunner.runWithEnv(ENV, args(reports)).exitCode()).isEqualTo(2);
    assertThat(CliRunner.runWithEnv(ENV, args(reports, "--sample", "5", "--k", "99")).exitCode())
        .isEqualTo(2);
    Path badQueries = dir.resolve("bad-queries.jsonl");
    Files.writeString(badQueries, "{\"id\": \"q1\"}\n", StandardCharsets.UTF_8);
    CliRunner.Result bad =
        CliRunner.runWithEnv(ENV, args(reports, "--queries", badQueries.toString()));
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("bad-queries.jsonl:1");
    Path unknown = dir.resolve("unknown-label.jsonl");
    Files.writeString(
        unknown,
        "{\"id\": \"q1\", \"query\": \"ka lo\", \"expected_document_ids\": [\"doc-001\"]}\n"
            + "{\"id\": \"q2\", \"query\": \"mi ne\","
            + " \"expected_document_ids\": [\"doc-002\", \"doc-999\"]}\n",
        StandardCharsets.UTF_8);
    CliRunner.Result label =
        CliRunner.runWithEnv(ENV, args(reports, "--queries", unknown.toString()));
    assertThat(label.exitCode()).isEqualTo(2);
    assertThat(label.err())
        .contains("unknown-label.jsonl:2: expected_document_ids: 'doc-999' is not a document");
  }

  @Test
  void unreadableInputsAndJournalsExitThree() throws Exception {
    Path reports = dir.resolve("unreadable");
    CliRunner.Result missing =
        CliRunner.runWithEnv(
            ENV,
            "verify",
            dir.resolve("nope.jsonl").toString(),
            "--base-url",
            standin.baseUrl(),
            "--sample",
            "5",
            "--report-dir",
            reports.toString());
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err()).contains("nope.jsonl");
    CliRunner.Result noJournal =
        CliRunner.runWithEnv(
            ENV, args(reports, "--sample", "5", "--journal", dir.resolve("empty").toString()));
    assertThat(noJournal.exitCode()).isEqualTo(3);
    assertThat(noJournal.err()).contains("manifest.jsonl");
  }

  @Test
  void theKeyFileWorksAndServiceFaultsAreReportedPerQuery() throws Exception {
    Path keyFile = dir.resolve("key.txt");
    Files.writeString(keyFile, LoadedStandin.KEY + "\n", StandardCharsets.UTF_8);
    Path reports = dir.resolve("faulty");
    standin.server.faults().errorRate(0.3).resetRate(0.1);
    CliRunner.Result r;
    try {
      r =
          CliRunner.runWithEnv(
              Map.of(), args(reports, "--sample", "40", "--api-key-file", keyFile.toString()));
    } finally {
      standin.server.faults().errorRate(0).resetRate(0);
    }
    // whoami may meet a fault too (then exit 3, "cannot reach Synap"); otherwise the run completes.
    assertThat(r.exitCode()).as(r.out() + r.err()).isIn(0, 3);
    if (r.exitCode() == 0) {
      JsonNode report = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
      assertThat(report.at("/queries").size()).isEqualTo(40);
      assertThat(report.at("/metrics/leaks").asInt()).isZero();
    }
    assertNoKey(r, reports);
  }

  private static JsonSchema schema() throws IOException {
    try (InputStream in = ReportJson.class.getResourceAsStream(ReportJson.VERIFY_SCHEMA_RESOURCE)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }
}
