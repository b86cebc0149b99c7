package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./preflight} launcher on a non-terminal: the build's output (Maven prints ANSI codes
 * such as {@code ESC[0m} even in batch mode) never reaches stdout or stderr; a failed build shows
 * the end of its log with the escape sequences stripped. A fake {@code mvn} stands in for Maven.
 */
class LauncherTest {
  private static final String ESC = "\u001b";

  @TempDir Path dir;

  @Test
  void buildNoiseGoesToALogNotToTheCaller() throws Exception {
    Result r = launch(0);
    assertThat(r.out).isEmpty();
    assertThat(r.err)
        .startsWith("preflight: building the command-line jar")
        .doesNotContain(ESC)
        .doesNotContain("[INFO] noise")
        .doesNotContain("boom");
  }

  @Test
  void aFailedBuildShowsTheEndOfItsLogWithoutEscapeCodes() throws Exception {
    Result r = launch(1);
    assertThat(r.exit).isEqualTo(ExitCodes.INPUT_OR_INTERNAL);
    assertThat(r.out).isEmpty();
    assertThat(r.err)
        .doesNotContain(ESC)
        .contains("[ERROR] boom in the build")
        .contains("preflight: the build failed (full log: ");
  }

  private record Result(int exit, String out, String err) {}

  private Result launch(int mvnExit) throws IOException, InterruptedException {
    Path root = Files.createDirectories(dir.resolve("repo"));
    Files.copy(Path.of("../preflight"), root.resolve("preflight"));
    Files.writeString(root.resolve("pom.xml"), "<project/>\n", StandardCharsets.UTF_8);
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path mvn = bin.resolve("mvn");
    Files.writeString(
        mvn,
        "#!/bin/sh\n"
            + "printf '\\033[0m\\033[0m[INFO] noise\\n'\n"
            + "printf '\\033[1;31m[ERROR] boom in the build\\033[m\\n' >&2\n"
            + "exit "
            + mvnExit
            + "\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    ProcessBuilder pb =
        new ProcessBuilder("sh", root.resolve("preflight").toString(), "--version")
            .redirectOutput(dir.resolve("out").toFile())
            .redirectError(dir.resolve("err").toFile());
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("TMPDIR", dir.toString());
    pb.environment().remove("JAVA_OPTS");
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
  }
}
