package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.loader.journal.AppendHook;
import dev.synap.preflight.loader.journal.DocPhase;
import dev.synap.preflight.loader.journal.ExportFingerprint;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.LoadState;
import dev.synap.preflight.loader.plan.ExportSource;
import dev.synap.preflight.loader.remote.SynapIngestService;
import dev.synap.preflight.loader.run.LoadOptions;
import dev.synap.preflight.loader.run.LoadRun;
import dev.synap.preflight.loader.run.RunInfo;
import dev.synap.preflight.loader.run.Sleeper;
import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.rules.source.Identities;
import dev.synap.preflight.standin.StandinOptions;
import dev.synap.preflight.standin.StandinServer;
import dev.synap.preflight.standin.store.Store;
import dev.synap.preflight.standin.store.StoredMemory;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load whose first batch reached Synap but whose answer was never journaled, resumed (every
 * document then loaded by a duplicate-id conflict, the service naming no ingestion): the resumed
 * load finds each document's memories by search and journals them, so the manifest names them and a
 * rollback without the export deletes every one.
 */
class RollbackRecoveryCommandTest {
  private static final String KEY = "sk-test-rollback-recovery-5150";
  private static final int DOCS = 8;

  @TempDir Path tmp;

  /** Thrown by the journal hook: the process "dies" before the batch's answer is written. */
  private static final class Died extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Died() {
      super("died before the answer was journaled");
    }
  }

  private Path export() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < DOCS; i++) {
      lines.add(
          "{\"id\":\"r"
              + i
              + "\",\"content\":\"User: My sister Ana"
              + i
              + " lives in Braga. She teaches piano, lesson "
              + i
              + ".\",\"document_type\":\"document\",\"user_id\":\"u"
              + (i % 2)
              + "\"}");
    }
    Path f = tmp.resolve("export.jsonl");
    Files.write(f, lines, StandardCharsets.UTF_8);
    return f;
  }

  private static StandinServer standin(Path state) throws Exception {
    return StandinServer.start(
        StandinOptions.builder()
            .apiKey(KEY)
            .port(0)
            .instance(Instance.B2C)
            .stateDir(state)
            .seed(5)
            .ingestionDelay(Duration.ofMillis(2))
            .build());
  }

  private static void loadAndDieBeforeTheAnswer(StandinServer server, Path input, Path journal)
      throws Exception {
    SynapIngestService service =
        SynapIngestService.build(
            SynapClient.builder().baseUri(server.baseUri()).apiKey(ApiKey.of(KEY)).sleeper(d -> {}),
            CallListener.NONE);
    JournalRecord.Header header =
        new JournalRecord.Header(
            1,
            "test",
            "2026-11-24T00:00:00Z",
            Profiles.resolve("generic").name(),
            ExportFingerprint.of(List.of(input)),
            Map.of());
    AppendHook die =
        new AppendHook() {
          @Override
          public void beforeAppend(JournalRecord record) {
            if (record instanceof JournalRecord.BatchResult) {
              throw new Died();
            }
          }
        };
    ExportSource source =
        new ExportSource(
            List.of(input),
            Profiles.resolve("generic"),
            CheckConfig.defaults().limits(),
            new Identities(null, null, null));
    try (Journal j = Journal.openForExport(journal, header, die)) {
      new LoadRun(j, service, LoadOptions.defaults(), Clock.systemUTC(), Sleeper.SYSTEM, p -> {})
          .run(source, new RunInfo(false, "passed", Map.of()), DOCS);
    } catch (Died expected) {
      // the batch reached the stand-in; the journal has it in flight
    }
    server.awaitIdle(Duration.ofSeconds(30));
  }

  private CliRunner.Result cli(StandinServer server, Path keyFile, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--base-url",
            server.baseUri().toString(),
            "--api-key-file",
            keyFile.toString(),
            "--progress",
            "never"));
    return CliRunner.run(all.toArray(String[]::new));
  }

  @Test
  void aResumedLoadNamesTheMemoriesOfDocumentsLoadedByConflictSoRollbackNeedsNoSearch()
      throws Exception {
    Path input = export();
    Path journal = tmp.resolve("journal");
    Path state = tmp.resolve("state");
    Path keyFile = tmp.resolve("key");
    Files.writeString(keyFile, KEY, StandardCharsets.UTF_8);
    StandinServer server = standin(state);
    try {
      loadAndDieBeforeTheAnswer(server, input, journal);
      String j = journal.toString();
      String in = input.toString();
      CliRunner.Result resumed =
          cli(server, keyFile, "load", "--profile", "generic", in, "--journal", j);
      assertThat(resumed.exitCode()).as(resumed.err() + resumed.out()).isEqualTo(ExitCodes.PASSED);
      assertThat(resumed.out()).doesNotContain("unresolved:").doesNotContain("loaded by conflict");
      LoadState loaded = Journal.readOnly(journal);
      assertThat(loaded.docs())
          .hasSize(DOCS)
          .allSatisfy(d -> assertThat(d.phase()).isEqualTo(DocPhase.LOADED_BY_CONFLICT))
          .allSatisfy(
              d ->
                  assertThat(loaded.recoveredMemories(d.documentId()))
                      .as("memories found for %s", d.documentId())
                      .isNotEmpty());
      List<String> manifest = Files.readAllLines(journal.resolve("manifest.jsonl"));
      assertThat(manifest)
          .hasSize(DOCS)
          .allSatisfy(l -> assertThat(l).contains("\"found_by_search\":[\""));

      Path other = tmp.resolve("other.jsonl");
      Files.writeString(
          other,
          "{\"id\":\"r0\",\"content\":\"User: hi.\",\"user_id\":\"u0\"}\n",
          StandardCharsets.UTF_8);
      CliRunner.Result wrongExport =
          cli(
              server,
              keyFile,
              "rollback",
              other.toString(),
              "--profile",
              "generic",
              "--journal",
              j);
      assertThat(wrongExport.exitCode()).as(wrongExport.err()).isEqualTo(ExitCodes.USAGE);
      assertThat(wrongExport.err()).contains("differs").contains("SHA-256");
      CliRunner.Result noProfile = cli(server, keyFile, "rollback", in, "--journal", j);
      assertThat(noProfile.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(noProfile.err()).contains("--profile");

      CliRunner.Result blind = cli(server, keyFile, "rollback", "--journal", j);
      assertThat(blind.exitCode()).as(blind.err() + blind.out()).isEqualTo(ExitCodes.PASSED);
      assertThat(blind.out())
          .contains("0 document(s) with memories unknown")
          .contains("plan: rollback of " + DOCS + " loaded document(s)")
          .contains("  status:   0 request(s)");
      assertThat(blind.out().indexOf("plan: rollback"))
          .isLessThan(blind.out().indexOf("rollback:"));
      LoadState after = Journal.readOnly(journal);
      for (int i = 0; i < DOCS; i++) {
        assertThat(after.recoveredMemories("r" + i))
            .as("memories found for r%d", i)
            .isNotEmpty()
            .allSatisfy(m -> assertThat(after.isDeleted(m)).isTrue());
      }
      CliRunner.Result recovered = blind;
      assertThat(blind.out() + blind.err() + recovered.out() + recovered.err()).doesNotContain(KEY);
    } finally {
      server.close();
    }
    try (Store store = Store.open(Instance.B2C, Clock.systemUTC(), 5, Duration.ZERO, state)) {
      List<StoredMemory> left = store.memories();
      assertThat(left).as("memories of the load left in the stand-in").isEmpty();
    }
  }
}
