package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code preflight --version}: tool version, the git commit of the build, the Java runtime. */
class VersionTest {

  @Test
  void versionNamesToolCommitAndJavaRuntime() {
    CliRunner.Result r = CliRunner.run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).isEqualTo("synap-preflight " + VersionInfo.version());
    assertThat(VersionInfo.version()).isNotEqualTo("unknown").doesNotContain("${");
    // a build from a git checkout (as every build of this repository is) knows its commit
    assertThat(lines[1]).matches("commit [0-9a-f]{40}( \\(uncommitted changes\\))?");
    assertThat(lines[2])
        .startsWith("Java " + System.getProperty("java.version") + " (")
        .contains(System.getProperty("os.name"));
    assertThat(CliRunner.run("validate", "--version").out()).isEqualTo(r.out());
  }

  @Test
  void runtimeLineFromGivenFacts() {
    assertThat(VersionInfo.lines("17.0.15", "OpenJDK 64-Bit Server VM", "Debian", "Linux", "amd64"))
        .endsWith("Java 17.0.15 (OpenJDK 64-Bit Server VM, Debian) on Linux amd64");
  }
}
