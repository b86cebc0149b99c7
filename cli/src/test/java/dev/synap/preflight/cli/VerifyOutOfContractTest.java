package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code preflight verify} against a loopback server answering every fetch out of contract. A
 * 200,000-item (~200 MB, chunked) or a declared 500 MB answer is that query's error, read no
 * further than the client's 4 MiB cap (the server sees the client hang up), and the run goes on;
 * non-JSON, deeply nested and wrongly typed answers too. When every fetch failed the exit code is
 * 3, "every fetch failed"; when some were measured, the gate decides on those (exit 1 here).
 */
class VerifyOutOfContractTest {
  private static final Map<String, String> ENV = Map.of("SYNAP_API_KEY", "sk-out-of-contract");
  private static final int QUERIES = 6;

  @TempDir static Path dir;
  private static Path export;

  @BeforeAll
  static void export() throws Exception {
    StringBuilder out = new StringBuilder();
    for (LoadedStandin.Doc d : VerifyCommandTest.docs(30)) {
      out.append("{\"id\": \"")
          .append(d.id())
          .append("\", \"content\": \"")
          .append(d.content())
          .append("\"}\n");
    }
    export = dir.resolve("export.jsonl");
    Files.writeString(export, out, StandardCharsets.UTF_8);
  }

  private record Run(CliRunner.Result result, JsonNode report, long bytesWritten, int fetches) {}

  private static Run verify(String name, IntFunction<OutOfContractSynap.Answer> answers)
      throws Exception {
    try (OutOfContractSynap server = new OutOfContractSynap(answers)) {
      Path reports = dir.resolve(name);
      CliRunner.Result r =
          CliRunner.runWithEnv(
              ENV,
              "verify",
              "--profile",
              "generic",
              export.toString(),
              "--base-url",
              server.baseUrl(),
              "--sample",
              String.valueOf(QUERIES),
              "--concurrency",
              "2",
              "--report-dir",
              reports.toString(),
              "--index-dir",
              dir.resolve("index").toString(),
              "--progress",
              "never");
      JsonNode report = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
      return new Run(r, report, server.bodyBytesWritten.get(), server.fetches());
    }
  }

  private static void assertEveryFetchFailed(Run run, String message) {
    assertThat(run.result().exitCode()).as(run.result().out() + run.result().err()).isEqualTo(3);
    assertThat(run.result().err()).contains("every fetch failed");
    assertThat(run.result().err()).doesNotContain("Exception", "\tat ");
    assertThat(run.fetches()).as("one attempt per query, no retry").isEqualTo(QUERIES);
    assertThat(run.report().at("/metrics/errors").asInt()).isEqualTo(QUERIES);
    for (JsonNode q : run.report().at("/queries")) {
      assertThat(q.at("/error").asText()).contains(message);
    }
  }

  @Test
  void twoHundredThousandItemsAreEachQuerysErrorAndReadOnlyToTheCap() throws Exception {
    Run run = verify("items", n -> OutOfContractSynap.items(200_000));
    assertEveryFetchFailed(run, "over the client's limit of 4,194,304 bytes");
    // 6 answers of ~200 MB each: the client stopped each soon after its cap
    assertThat(run.bytesWritten()).isLessThan(QUERIES * 16L * 1024 * 1024);
  }

  @Test
  void aDeclaredFiveHundredMegabyteBodyIsRefusedByItsLength() throws Exception {
    Run run = verify("declared", n -> OutOfContractSynap.declared(500L * 1024 * 1024));
    assertEveryFetchFailed(run, "Content-Length 524,288,000");
    assertThat(run.bytesWritten()).isLessThan(QUERIES * 16L * 1024 * 1024);
  }

  @Test
  void nonJsonDeeplyNestedAndWronglyTypedAnswersEachExitThree() throws Exception {
    String nested = "{\"context\": {\"facts\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}}";
    Map<String, String> bodies =
        Map.of(
            "non-json", "<html><body>502 Bad Gateway</body></html>",
            "nested", nested,
            "wrong-type", "{\"context\": {\"facts\": 42, \"episodes\": {\"id\": 7}}}");
    for (Map.Entry<String, String> b : bodies.entrySet()) {
      Run run = verify(b.getKey(), n -> OutOfContractSynap.fixed(200, b.getValue()));
      assertEveryFetchFailed(run, "unreadable response");
    }
  }

  @Test
  void theRunGoesOnPastOutOfContractAnswersAndTheGateJudgesWhatWasMeasured() throws Exception {
    Run run =
        verify(
            "mixed",
            n ->
                n % 2 == 0
                    ? OutOfContractSynap.items(200_000)
                    : OutOfContractSynap.fixed(200, "{\"context\": {}}"));
    assertThat(run.report().at("/metrics/errors").asInt()).isEqualTo(QUERIES / 2);
    assertThat(run.report().at("/metrics/knownItem/n").asInt()).isEqualTo(QUERIES / 2);
    // nothing found for the measured queries: the sampled known-item default fails the gate
    assertThat(run.result().exitCode()).as(run.result().out()).isEqualTo(1);
    assertThat(run.result().out()).contains("Gate failed (exit code 1)");
  }
}
