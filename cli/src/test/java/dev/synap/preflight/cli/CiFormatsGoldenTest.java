package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden end-to-end tests of what a CI log and a reviewer see: the finding lines, {@code --format
 * github} (workflow commands and the job summary) and {@code --format gitlab} (Code Quality),
 * through the real entry point, on the bundled sample and on an export whose ids and text carry
 * terminal escapes, {@code ::} sequences, newlines and {@code %} (its file name has {@code ,} and
 * {@code %}). Regenerate only for an intended change: {@code -Dgolden.update=true}, then review the
 * diff. The escaping itself is checked against the formats by {@code GithubAnnotationsTest} (a
 * parser of the workflow-command syntax) and {@code CodeQualityWriterTest} (GitLab's documented
 * schema).
 */
class CiFormatsGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final String SAMPLE = "../samples/support-memories.jsonl";
  private static final String HOSTILE = "src/test/resources/hostile/hostile,100%.jsonl";

  @TempDir Path out;

  @Test
  void sampleInGithubAndGitlabFormats() throws IOException {
    check("ci-sample", SAMPLE);
  }

  @Test
  void hostileExportNeverReachesTheTerminalUnescaped() throws IOException {
    String stdout = check("ci-hostile", HOSTILE);
    for (int i = 0; i < stdout.length(); i++) {
      char c = stdout.charAt(i);
      boolean control = (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f);
      assertThat(control).as("control character U+%04X at %d", (int) c, i).isFalse();
    }
    for (String line : stdout.split("\n", -1)) {
      if (line.startsWith("::")) {
        assertThat(line)
            .matches("::(error|warning|notice) file=[^,:]+(,line=\\d+)?,title=[^,:]+::.*");
      }
    }
    assertThat(stdout)
        .contains("[esc\\u001B[31mred\\u001B[0m]")
        .contains("[line1\\u000Aline2::warning::forged]")
        .contains("[line1%0Aline2::warning::forged]")
        .contains("file=src/test/resources/hostile/hostile%2C100%25.jsonl,")
        .contains("[100%250A%2525 done,x:y]");
  }

  @Test
  void showZeroPrintsNoFindingLines() {
    CliRunner.Result r =
        CliRunner.run(
            "validate",
            SAMPLE,
            "--show",
            "0",
            "--report-dir",
            out.toString(),
            "--progress",
            "never");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(r.out()).doesNotContain("Findings (first").doesNotContain("jsonl:11:");
    CliRunner.Result one =
        CliRunner.run(
            "validate",
            SAMPLE,
            "--show",
            "1",
            "--report-dir",
            out.toString(),
            "--progress",
            "never");
    assertThat(one.out().lines().filter(l -> l.startsWith(SAMPLE + ":")).count()).isEqualTo(13);
    CliRunner.Result bad =
        CliRunner.run("validate", SAMPLE, "--show", "-1", "--report-dir", out.toString());
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("--show must not be negative");
    CliRunner.Result format =
        CliRunner.run(
            "validate", SAMPLE, "--format", "gitlab,azure", "--report-dir", out.toString());
    assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(format.err()).contains("unknown report format 'azure'").contains("gitlab, github");
  }

  private String check(String name, String input) throws IOException {
    Path summary = out.resolve("step-summary.md");
    Files.writeString(summary, "earlier step\n", StandardCharsets.UTF_8);
    CliRunner.Result r =
        CliRunner.runWithEnv(
            Map.of(GithubOutput.STEP_SUMMARY, summary.toString()),
            "validate",
            input,
            "--report-dir",
            out.toString(),
            "--format",
            "md,gitlab,github",
            "--progress",
            "never");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    String stdout = normalize(r.out());
    compare(name + ".stdout.txt", stdout);
    compare(
        name + ".gl-code-quality-report.json",
        Files.readString(out.resolve("gl-code-quality-report.json"), StandardCharsets.UTF_8));
    assertThat(Files.readString(summary, StandardCharsets.UTF_8))
        .as("the Markdown report appended to the job summary")
        .isEqualTo(
            "earlier step\n"
                + Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8)
                + "\n");
    return stdout;
  }

  private String normalize(String s) {
    return s.replace(VersionInfo.version(), "VERSION").replace(out.toString(), "OUT");
  }

  private static void compare(String name, String actual) throws IOException {
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file %s (regenerate with -Dgolden.update=true)", golden).exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
