package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandinCommandTest {
  private static final String KEY = "synap_cli_test_key";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err, List<Integer> statuses) {}

  /** Runs the command; the serve loop makes a few requests instead of waiting to be killed. */
  private static Run run(Map<String, String> env, String key, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<Integer> statuses = new ArrayList<>();
    StandinCommand.ServeLoop loop =
        server -> {
          statuses.add(status(server.baseUri(), "/api/v1/auth/whoami", key));
          statuses.add(status(server.baseUri(), "/api/v1/auth/whoami", "synap_other"));
          statuses.add(status(server.baseUri(), "/health", null));
        };
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code = PreflightCommand.execute(args, o, e, CliRunner.CLOCK, env, loop);
    }
    return new Run(code, out.toString(), err.toString(), statuses);
  }

  private static int status(URI base, String path, String key) throws InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).GET();
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException e) {
      return -1;
    }
  }

  @Test
  void refusesToStartWithoutAKey() {
    Run r = run(Map.of(), KEY, "standin", "--port", "0");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("SYNAP_API_KEY").doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void servesWithTheKeyFromTheEnvironmentAndPrintsTheBaseUrl() {
    Run r = run(Map.of("SYNAP_API_KEY", KEY), KEY, "standin", "--port", "0");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().strip()).matches("http://127\\.0\\.0\\.1:\\d+");
    assertThat(r.statuses()).containsExactly(200, 401, 200);
    assertThat(r.err()).contains("serving").doesNotContain(KEY);
  }

  @Test
  void readsTheKeyFileAndAppliesFaultOptions() throws Exception {
    Path keyFile = dir.resolve("key.txt");
    Files.writeString(keyFile, KEY + "\n", StandardCharsets.UTF_8);
    Run r =
        run(
            Map.of("SYNAP_API_KEY", "synap_ignored"),
            KEY,
            "standin",
            "--port",
            "0",
            "--api-key-file",
            keyFile.toString(),
            "--instance",
            "b2b",
            "--error-rate",
            "1",
            "--duplicate-policy",
            "item-failed",
            "--rate-limit",
            "60/min",
            "--state-dir",
            dir.resolve("state").toString(),
            "--seed",
            "4");
    assertThat(r.exitCode()).isZero();
    assertThat(r.statuses()).containsExactly(503, 401, 200);
    assertThat(r.err()).contains("b2b").contains("item-failed").contains("60/min");
    assertThat(dir.resolve("state")).isDirectory();
  }

  @Test
  void badOptionsAreUsageErrors() {
    Map<String, String> env = Map.of("SYNAP_API_KEY", KEY);
    assertThat(run(env, KEY, "standin", "--port", "0", "--drop-rate", "2").exitCode()).isEqualTo(2);
    assertThat(run(env, KEY, "standin", "--port", "0", "--duplicate-policy", "skip").exitCode())
        .isEqualTo(2);
    assertThat(run(env, KEY, "standin", "--port", "0", "--rate-limit", "fast").err())
        .contains("--rate-limit");
    assertThat(run(env, KEY, "standin", "--port", "0", "--instance", "b2x").exitCode())
        .isEqualTo(2);
    assertThat(run(env, KEY, "standin", "--port", "x").exitCode()).isEqualTo(2);
    assertThat(
            run(env, KEY, "standin", "--api-key-file", dir.resolve("none").toString()).exitCode())
        .isEqualTo(2);
  }

  @Test
  void aBusyPortIsAUsageError() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Run r =
          run(
              Map.of("SYNAP_API_KEY", KEY),
              KEY,
              "standin",
              "--port",
              Integer.toString(busy.getLocalPort()));
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("cannot listen");
    }
  }

  @Test
  void rateLimitAcceptsPerMinuteAndAPlainNumberWithADeprecationNote() {
    java.io.StringWriter err = new java.io.StringWriter();
    java.io.PrintWriter w = new java.io.PrintWriter(err);
    assertThat(RateLimitOption.perMinute("120/min", w)).isEqualTo(120);
    assertThat(RateLimitOption.perMinute("0", w)).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(RateLimitOption.perMinute("60", w)).isEqualTo(60);
    assertThat(err.toString()).contains("deprecated").contains("60/min");
  }

  @Test
  void helpDescribesEveryOption() {
    CliRunner.Result r = CliRunner.run("standin", "--help");
    assertThat(r.exitCode()).isZero();
    for (String option :
        List.of(
            "--port",
            "--instance",
            "--drop-rate",
            "--leak-rate",
            "--error-rate",
            "--latency",
            "--rate-limit",
            "--duplicate-policy",
            "--state-dir",
            "--api-key-file",
            "--seed")) {
      assertThat(r.out()).contains(option);
    }
  }
}
