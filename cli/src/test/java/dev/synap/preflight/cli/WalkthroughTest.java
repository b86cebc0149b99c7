package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code samples/walkthrough.sh} as a newcomer runs it, on a smaller sample made by the same
 * generator (400 memories, 100 questions) so it stays fast, with this build's classes as the
 * launcher: every step runs with the exit code it expects, each command is printed before it runs,
 * and the stand-ins the script started are gone when it ends. The committed sample is what the
 * generator makes with its seed.
 */
class WalkthroughTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path dir;

  private static String run(Path log, Map<String, String> env, long seconds, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    boolean done = p.waitFor(seconds, TimeUnit.SECONDS);
    if (!done) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(done).as("finished within %d s:%n%s", seconds, out).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  /** Runs the sample generator (its default seed) with {@code args}, writing into {@code out}. */
  private void generate(Path out, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of("python3", "samples/walkthrough/generate.py", "--out", out.toString()));
    command.addAll(List.of(args));
    run(dir.resolve("gen.log"), Map.of(), 60, command.toArray(String[]::new));
  }

  @Test
  void theCommittedSampleIsTheGeneratorsOutputForItsSeed() throws Exception {
    generate(dir);
    for (String f : List.of("export.jsonl", "queries.jsonl")) {
      assertThat(Files.mismatch(dir.resolve(f), ROOT.resolve("samples/walkthrough").resolve(f)))
          .as(f)
          .isEqualTo(-1L);
    }
  }

  @Test
  void theWholeLifecycleRunsWithTheExpectedExitCodes() throws Exception {
    Path data = dir.resolve("data");
    generate(data, "--documents", "400", "--queries", "100");
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    assertThat(classpath).doesNotContain(" ");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path work = dir.resolve("work");
    String out =
        run(
            dir.resolve("walkthrough.log"),
            Map.of(
                "PREFLIGHT",
                java
                    + " -XX:TieredStopAtLevel=1 -cp "
                    + classpath
                    + " dev.synap.preflight.cli.Main",
                "DATA",
                data.toString()),
            150,
            "sh",
            "samples/walkthrough.sh",
            work.toString());

    List<String> commands = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.startsWith("$ ")) {
        commands.add(line);
      }
    }
    assertThat(commands)
        .hasSize(9)
        .satisfies(c -> assertThat(c.get(0)).contains(" validate "))
        .satisfies(c -> assertThat(c.get(1)).contains(" standin ", "--state-dir"))
        .satisfies(c -> assertThat(c.get(2)).contains(" load ", "--sample 50"))
        .satisfies(c -> assertThat(c.get(3)).contains(" load ").doesNotContain("--sample"))
        .satisfies(c -> assertThat(c.get(4)).contains(" status "))
        .satisfies(c -> assertThat(c.get(5)).contains(" verify ", "verify-faithful"))
        .satisfies(c -> assertThat(c.get(6)).contains(" standin ", "--leak-rate 0.05"))
        .satisfies(c -> assertThat(c.get(7)).contains(" verify ", "verify-leaky"))
        .satisfies(c -> assertThat(c.get(8)).contains(" rollback "));
    assertThat(out.split("> exit 0 \\(expected 0\\)", -1)).hasSize(7);
    assertThat(out).contains("> exit 1 (expected 1)", "scope leak(s)", "Labelled queries: 100");
    assertThat(out).contains("Done. Reports: ");
    assertThat(work.resolve("verify-faithful").resolve("labelled.qrels")).isNotEmptyFile();

    Matcher urls = Pattern.compile("stand-in serving at (http://\\S+)").matcher(out);
    int standins = 0;
    while (urls.find()) {
      standins++;
      URI uri = URI.create(urls.group(1));
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 500);
        throw new AssertionError("the stand-in at " + uri + " still serves");
      } catch (IOException expected) {
        // stopped, as the script promises
      }
    }
    assertThat(standins).isEqualTo(2);
  }
}
