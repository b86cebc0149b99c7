package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.LoadState;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.standin.StandinOptions;
import dev.synap.preflight.standin.StandinServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadCommandTest {
  private static final String KEY = "sk-test-load-command-1234";

  @TempDir Path tmp;
  private StandinServer server;
  private Path keyFile;

  @BeforeEach
  void start() throws Exception {
    server =
        StandinServer.start(
            StandinOptions.builder()
                .apiKey(KEY)
                .port(0)
                .instance(Instance.B2C)
                .seed(9)
                .ingestionDelay(Duration.ofMillis(2))
                .build());
    keyFile = tmp.resolve("key");
    Files.writeString(keyFile, KEY, StandardCharsets.UTF_8);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private Path export(int n, boolean defect) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String type = defect && i == 2 ? "note" : "document";
      lines.add(
          "{\"id\":\"m"
              + i
              + "\",\"content\":\"User: I drink green tea, day "
              + i
              + ".\",\"document_type\":\""
              + type
              + "\",\"user_id\":\"u"
              + (i % 3)
              + "\"}");
    }
    Path f = tmp.resolve(defect ? "defect.jsonl" : "clean.jsonl");
    Files.write(f, lines, StandardCharsets.UTF_8);
    return f;
  }

  private CliRunner.Result load(Path input, Path journal, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "load",
                "--profile",
                "generic",
                input.toString(),
                "--base-url",
                server.baseUri().toString(),
                "--journal",
                journal.toString(),
                "--api-key-file",
                keyFile.toString(),
                "--progress",
                "never",
                "--batch-size",
                "7"));
    args.addAll(List.of(extra));
    return CliRunner.run(args.toArray(String[]::new));
  }

  @Test
  void aCleanExportLoadsCompletelyAndARerunSendsNothing() throws Exception {
    Path input = export(20, false);
    Path journal = tmp.resolve("journal");
    CliRunner.Result first = load(input, journal);
    assertThat(first.exitCode()).as(first.err() + first.out()).isEqualTo(ExitCodes.PASSED);
    assertThat(first.out()).contains("gate: passed").contains("20 sent").contains("20 completed");
    assertThat(Files.readAllLines(journal.resolve("manifest.jsonl"), StandardCharsets.UTF_8))
        .hasSize(20);
    assertThat(journal.resolve("load-report.html")).exists();

    LoadState before = Journal.readOnly(journal);
    CliRunner.Result again = load(input, journal);
    assertThat(again.exitCode()).isEqualTo(ExitCodes.PASSED);
    LoadState after = Journal.readOnly(journal);
    assertThat(after.lastBatch()).isEqualTo(before.lastBatch());
    assertThat(after.runs()).hasSize(2);

    CliRunner.Result dry = load(input, journal, "--dry-run");
    assertThat(dry.out()).contains("0 to send").contains("20 already answered");
    assertThat(first.out() + first.err() + again.out() + dry.out()).doesNotContain(KEY);
  }

  @Test
  void thePlanComesFirstTheSampleIsTrackedAndStatusSaysWhatIsLeft() throws Exception {
    Path input = export(30, false);
    Path journal = tmp.resolve("journal");
    CliRunner.Result dry =
        load(input, journal, "--dry-run", "--rate-limit", "60/min", "--track", "sample:4");
    assertThat(dry.exitCode()).as(dry.err()).isEqualTo(ExitCodes.PASSED);
    assertThat(dry.out())
        .contains(
            "plan: 30 document(s) to send in 5 batch(es) of up to 7; times at --rate-limit"
                + " 60/min")
        .contains("  sending:  5 request(s), 5.0s (one a batch)")
        .contains("  tracking: 4 request(s), 4.0s at least")
        .contains("  load:     9 request(s), 4.0s in all (the first 5 in a burst)")
        .contains("--track sample:4:14")
        .contains("  rollback: 56 request(s), 56.0s if asked later (26 status request(s)");
    assertThat(journal.resolve("journal.log")).doesNotExist();

    CliRunner.Result run = load(input, journal, "--track", "sample:4");
    assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCodes.PASSED);
    String out = run.out();
    assertThat(out.indexOf("plan: 30 document(s)")).isLessThan(out.indexOf("load: 30 sent"));
    assertThat(out)
        .contains("30 accepted")
        .contains("4 completed")
        .contains("tracking: 4 document(s) tracked (--track sample:4:14): 4 with known memory ids")
        .contains("26 untracked")
        .contains("rollback first polls the 26 document(s)")
        .contains("verify --journal counts the 26 document(s)")
        .containsPattern("requests: \\d+ in [0-9.]+s");
    List<String> manifest = Files.readAllLines(journal.resolve("manifest.jsonl"));
    assertThat(manifest.stream().filter(l -> l.contains("\"tracked\":false"))).hasSize(26);
    assertThat(manifest.stream().filter(l -> l.contains("\"status\":\"completed\""))).hasSize(4);
    assertThat(Files.readString(journal.resolve("load-report.json")))
        .contains("\"untracked\": 26")
        .contains("--track all");

    CliRunner.Result status = CliRunner.run("status", "--journal", journal.toString());
    assertThat(status.exitCode()).as(status.out()).isEqualTo(ExitCodes.PASSED);
    assertThat(status.out())
        .contains("tracking:     --track sample:4:14: 4 tracked (4 with memory ids, 0 awaiting")
        .contains("remaining:    0 to send")
        .doesNotContain("ETA")
        .doesNotContain("0m00s left");

    CliRunner.Result all = load(input, journal, "--track", "all");
    assertThat(all.exitCode()).as(all.err() + all.out()).isEqualTo(ExitCodes.PASSED);
    assertThat(all.out()).contains("30 completed").contains("0 untracked");
    assertThat(Journal.readOnly(journal).lastBatch()).as("nothing sent again").isEqualTo(5);

    CliRunner.Result bad = load(input, journal, "--track", "most");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("--track takes all, none, sample");
  }

  @Test
  void aFailedGateSendsNothingUnlessForcedAndTheForceIsJournaled() throws Exception {
    Path input = export(6, true);
    Path journal = tmp.resolve("journal");
    CliRunner.Result refused = load(input, journal);
    assertThat(refused.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(refused.out()).contains("gate: failed").contains("nothing sent");
    assertThat(journal.resolve(Journal.FILE)).doesNotExist();

    CliRunner.Result forced = load(input, journal, "--force");
    assertThat(forced.exitCode()).as(forced.err()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(forced.out()).contains("1 rejected");
    assertThat(forced.out())
        .containsPattern(
            "(?m)^Documents not loaded:\n"
                + java.util.regex.Pattern.quote(input + ":3: error rejected: ")
                + ".*document_type.* \\[m2\\]$");
    LoadState state = Journal.readOnly(journal);
    assertThat(state.runs().get(0).force()).isTrue();
    assertThat(state.doc("m2").error()).contains("document_type");
    assertThat(state.doc("m2").origin()).isEqualTo(input + ":3");
    String report = Files.readString(journal.resolve("load-report.json"), StandardCharsets.UTF_8);
    assertThat(report).contains("\"force\": true").contains("m2");
  }

  @Test
  void aJournalOfAnotherExportIsRefused() throws Exception {
    Path journal = tmp.resolve("journal");
    assertThat(load(export(5, false), journal, "--sample", "2").exitCode()).isZero();
    Path other = tmp.resolve("other.jsonl");
    Files.writeString(
        other,
        "{\"id\":\"x\",\"content\":\"User: hi.\",\"user_id\":\"u\"}\n",
        StandardCharsets.UTF_8);
    CliRunner.Result r = load(other, journal);
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("differs from");
  }
}
