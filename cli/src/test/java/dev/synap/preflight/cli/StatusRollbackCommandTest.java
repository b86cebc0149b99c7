package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.loader.journal.AppendHook;
import dev.synap.preflight.loader.journal.ExportFile;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.plan.DocumentSource;
import dev.synap.preflight.loader.plan.PlanOptions;
import dev.synap.preflight.loader.plan.SourceDocument;
import dev.synap.preflight.loader.remote.SynapIngestService;
import dev.synap.preflight.loader.run.LoadOptions;
import dev.synap.preflight.loader.run.LoadResult;
import dev.synap.preflight.loader.run.LoadRun;
import dev.synap.preflight.loader.run.RunInfo;
import dev.synap.preflight.loader.run.Sleeper;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.standin.StandinOptions;
import dev.synap.preflight.standin.StandinServer;
import dev.synap.preflight.synap.ApiKey;
import dev.synap.preflight.synap.CallListener;
import dev.synap.preflight.synap.SynapClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusRollbackCommandTest {
  private static final String KEY = "sk-test-status-rollback-4711";

  @TempDir Path tmp;

  private static List<SourceDocument> export(int n) {
    List<SourceDocument> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String type = i == 3 ? "note" : "document";
      out.add(
          new SourceDocument(
              i,
              "a.jsonl:" + (i + 1),
              new MemoryDocument(
                  "doc-" + i,
                  "User: I like tea number " + i + ".",
                  type,
                  null,
                  "u" + i,
                  null,
                  null,
                  null)));
    }
    return out;
  }

  private LoadResult load(StandinServer server, Path journal) throws Exception {
    SynapIngestService service =
        SynapIngestService.build(
            SynapClient.builder().baseUri(server.baseUri()).apiKey(ApiKey.of(KEY)).sleeper(d -> {}),
            CallListener.NONE);
    JournalRecord.Header header =
        new JournalRecord.Header(
            1,
            "test",
            "2026-11-24T00:00:00Z",
            "generic",
            List.of(new ExportFile("a.jsonl", 1, "00".repeat(32))),
            Map.of());
    LoadOptions options =
        LoadOptions.defaults()
            .withPlan(new PlanOptions(4, 0))
            .withPollTimeout(Duration.ofSeconds(30));
    options =
        new LoadOptions(
            options.plan(),
            2,
            3,
            Duration.ZERO,
            Duration.ofMillis(5),
            Duration.ofMillis(20),
            Duration.ofSeconds(30));
    try (Journal j = Journal.openForExport(journal, header, AppendHook.NONE)) {
      return new LoadRun(j, service, options, Clock.systemUTC(), Sleeper.SYSTEM, p -> {})
          .run(DocumentSource.of(export(10)), new RunInfo(false, "passed", Map.of()), 10);
    }
  }

  @Test
  void statusShowsTheLoadAndRollbackDeletesItsMemoriesWithoutEverShowingTheKey() throws Exception {
    Path journal = tmp.resolve("journal");
    Path keyFile = tmp.resolve("key");
    Files.writeString(keyFile, KEY + "\n", StandardCharsets.UTF_8);
    try (StandinServer server =
        StandinServer.start(
            StandinOptions.builder()
                .apiKey(KEY)
                .port(0)
                .instance(Instance.B2C)
                .seed(3)
                .ingestionDelay(Duration.ofMillis(2))
                .build())) {
      LoadResult loaded = load(server, journal);
      assertThat(loaded.complete()).isTrue();

      CliRunner.Result status = CliRunner.run("status", "--journal", journal.toString());
      assertThat(status.exitCode()).as(status.err()).isEqualTo(ExitCodes.PASSED);
      assertThat(status.out())
          .contains("sent:         10")
          .contains("rejected:     1")
          .contains("completed:    9")
          .contains("profile:      generic")
          .contains("state:        settled");

      Path wrongKey = tmp.resolve("wrong-key");
      Files.writeString(wrongKey, "sk-wrong-key-0815", StandardCharsets.UTF_8);
      CliRunner.Result refused =
          CliRunner.run(
              "rollback",
              "--journal",
              journal.toString(),
              "--base-url",
              server.baseUri().toString(),
              "--api-key-file",
              wrongKey.toString(),
              "--progress",
              "never");
      assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.USAGE);
      assertThat(refused.err()).contains("401").contains("run rollback again");
      assertThat(refused.out() + refused.err()).doesNotContain("sk-wrong-key-0815");

      CliRunner.Result rollback =
          CliRunner.run(
              "rollback",
              "--journal",
              journal.toString(),
              "--base-url",
              server.baseUri().toString(),
              "--api-key-file",
              keyFile.toString(),
              "--progress",
              "never");
      assertThat(rollback.exitCode()).as(rollback.err()).isEqualTo(ExitCodes.PASSED);
      assertThat(rollback.out()).contains("0 not deleted").contains("load-report.json");
      String report = Files.readString(journal.resolve("load-report.json"), StandardCharsets.UTF_8);
      assertThat(report).contains("\"command\": \"rollback\"").contains("\"complete\": true");

      CliRunner.Result after = CliRunner.run("status", "--journal", journal.toString());
      assertThat(after.out()).contains("deleted:");
      for (CliRunner.Result r : List.of(status, rollback, after)) {
        assertThat(r.out() + r.err()).doesNotContain(KEY);
      }
      try (Stream<Path> files = Files.list(journal)) {
        for (Path f : files.toList()) {
          assertThat(Files.readString(f, StandardCharsets.ISO_8859_1)).doesNotContain(KEY);
        }
      }
    }
  }

  @Test
  void statusWithoutAJournalIsAUsageError() {
    CliRunner.Result r = CliRunner.run("status", "--journal", tmp.resolve("none").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no load journal");
  }

  @Test
  void rollbackWithoutAKeyIsAUsageErrorNamingTheVariable() throws Exception {
    Path journal = tmp.resolve("j");
    try (Journal j = Journal.open(journal)) {
      j.append(new JournalRecord.BatchSent(1, List.of("x")));
    }
    CliRunner.Result r =
        CliRunner.run(
            "rollback",
            "--journal",
            journal.toString(),
            "--base-url",
            "http://127.0.0.1:9",
            "--api-key-file",
            tmp.resolve("missing-key").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no usable API key").contains("SYNAP_API_KEY");
  }
}
