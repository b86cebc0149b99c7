package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate's defaults through the real entry point, with no threshold given on the command line: a
 * faithful stand-in passes; a load into a stand-in that dropped 30% of the documents fails with a
 * journal (coverage, which names the documents) and without one (sampled known-item hit rate); 5%
 * of fetches leaking fails.
 */
class VerifyGateDefaultsTest {
  private static final Map<String, String> ENV = Map.of("SYNAP_API_KEY", LoadedStandin.KEY);

  @TempDir static Path dir;
  private static LoadedStandin faithful;
  private static LoadedStandin dropped;

  @BeforeAll
  static void load() throws Exception {
    List<LoadedStandin.Doc> docs = VerifyCommandTest.docs(150);
    faithful = new LoadedStandin(Files.createDirectories(dir.resolve("faithful")), docs, false);
    dropped = new LoadedStandin(Files.createDirectories(dir.resolve("dropped")), docs, false, 0.3);
  }

  @AfterAll
  static void stop() throws IOException {
    faithful.close();
    dropped.close();
  }

  private static CliRunner.Result verify(LoadedStandin s, String name, String... extra) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "verify",
                "--profile",
                "generic",
                s.export.toString(),
                "--base-url",
                s.baseUrl(),
                "--report-dir",
                dir.resolve(name).toString(),
                "--index-dir",
                dir.resolve("index").toString(),
                "--progress",
                "never",
                "--sample",
                "150"));
    a.addAll(List.of(extra));
    return CliRunner.runWithEnv(ENV, a.toArray(String[]::new));
  }

  private static JsonNode report(String name) throws IOException {
    return new ObjectMapper().readTree(dir.resolve(name).resolve("report.json").toFile());
  }

  @Test
  void aFaithfulStandinPassesWithAndWithoutAJournal() throws Exception {
    CliRunner.Result plain = verify(faithful, "faithful-plain");
    assertThat(plain.exitCode()).as(plain.out() + plain.err()).isZero();
    CliRunner.Result journal =
        verify(faithful, "faithful-journal", "--journal", faithful.journal.toString());
    assertThat(journal.exitCode()).as(journal.out() + journal.err()).isZero();
    assertThat(journal.out()).contains("Coverage: 150 of 150");
    JsonNode gate = report("faithful-journal").at("/gate");
    assertThat(gate.at("/minCoverage").asDouble()).isEqualTo(1.0);
    assertThat(gate.at("/minKnownItem").asDouble()).isEqualTo(VerifyCommand.DEFAULT_MIN_KNOWN_ITEM);
    assertThat(report("faithful-plain").at("/gate/minCoverage").isNull()).isTrue();
  }

  @Test
  void thirtyPercentDroppedFailsWithAJournalByCoverageAndNamesTheDocuments() throws Exception {
    CliRunner.Result r =
        verify(
            dropped,
            "dropped-journal",
            "--journal",
            dropped.journal.toString(),
            "--min-known-item",
            "0");
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out())
        .contains("Gate failed (exit code 1)")
        .containsPattern("coverage \\d+ of 150")
        .containsPattern(
            "\\d+ document\\(s\\) failed ingestion or made no memory, 0 taken by the service with"
                + " no known outcome");
    JsonNode coverage = report("dropped-journal").at("/coverage");
    int lost = coverage.at("/uncovered").size();
    assertThat(lost).isBetween(25, 65);
    assertThat(coverage.at("/covered").asInt()).isEqualTo(150 - lost);
    assertThat(coverage.at("/uncovered/0/documentId").asText()).startsWith("doc-");

    CliRunner.Result lowered =
        verify(
            dropped,
            "dropped-lowered",
            "--journal",
            dropped.journal.toString(),
            "--min-known-item",
            "0",
            "--min-coverage",
            "0.5");
    assertThat(lowered.exitCode()).as(lowered.out() + lowered.err()).isZero();
  }

  @Test
  void thirtyPercentDroppedFailsWithoutAJournalByTheSampledKnownItemDefault() throws Exception {
    CliRunner.Result r = verify(dropped, "dropped-plain");
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("known-item hit rate 0.", "--min-known-item 0.800");
    assertThat(report("dropped-plain").at("/metrics/knownItem/mean").asDouble())
        .isBetween(0.55, 0.8);
  }

  @Test
  void fivePercentOfFetchesLeakingFails() throws Exception {
    faithful.server.faults().leakRate(0.05);
    CliRunner.Result r;
    try {
      r = verify(faithful, "leaky", "--journal", faithful.journal.toString());
    } finally {
      faithful.server.faults().leakRate(0);
    }
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("scope leak(s)");
    assertThat(report("leaky").at("/leaks").size()).isPositive();
  }
}
