package dev.synap.preflight.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckConfigLoaderTest {
  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    Path p = dir.resolve("config.yaml");
    Files.writeString(p, yaml, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void defaultsMatchDesign() {
    CheckConfig c = CheckConfig.defaults();
    assertThat(c.limits().documentHardBytes()).isEqualTo(512 * 1024);
    assertThat(c.limits().documentSoftBytes()).isEqualTo(128 * 1024);
    assertThat(c.limits().metadataBytes()).isEqualTo(64 * 1024);
    assertThat(c.failOn()).isEqualTo(Severity.ERROR);
    assertThat(c.maxExamples()).isEqualTo(1000);
    for (RuleId rule : RuleId.values()) {
      assertThat(c.severity(rule)).contains(rule.defaultSeverity());
    }
    assertThat(c.severity(RuleId.MOJIBAKE)).contains(Severity.WARNING);
    assertThat(c.severity(RuleId.CONFLICTING_ID)).contains(Severity.ERROR);
  }

  @Test
  void everyKeyOverrides() throws IOException {
    CheckConfig c =
        CheckConfigLoader.load(
            write(
                "limits:\n  document-hard-bytes: 1000\n  document-soft-bytes: 500\n"
                    + "  metadata-bytes: 100\n  record-read-bytes: 4096\n"
                    + "  future-tolerance: PT2H\n  not-before: 2000-01-01T00:00:00Z\n"
                    + "  max-nesting-depth: 50\n  max-number-length: 30\n"
                    + "  max-decompression-ratio: 20\n"
                    + "rules:\n  not-nfc: off\n  mojibake: error\n"
                    + "gate:\n  fail-on: warning\ninstance: b2b\nmax-examples: 5\n"));
    assertThat(c.limits().documentHardBytes()).isEqualTo(1000);
    assertThat(c.limits().documentSoftBytes()).isEqualTo(500);
    assertThat(c.limits().metadataBytes()).isEqualTo(100);
    assertThat(c.limits().recordReadBytes()).isEqualTo(4096);
    assertThat(c.limits().futureTolerance()).isEqualTo(Duration.ofHours(2));
    assertThat(c.limits().notBefore()).hasToString("2000-01-01T00:00:00Z");
    assertThat(c.limits().maxNestingDepth()).isEqualTo(50);
    assertThat(c.limits().maxNumberLength()).isEqualTo(30);
    assertThat(c.limits().maxDecompressionRatio()).isEqualTo(20);
    assertThat(c.enabled(RuleId.NOT_NFC)).isFalse();
    assertThat(c.severity(RuleId.MOJIBAKE)).contains(Severity.ERROR);
    assertThat(c.failOn()).isEqualTo(Severity.WARNING);
    assertThat(c.instance()).isEqualTo(Instance.B2B);
    assertThat(c.maxExamples()).isEqualTo(5);
  }

  @Test
  void errorsNameFileAndKey() throws IOException {
    assertThatThrownBy(() -> CheckConfigLoader.load(write("limitz: {}\n")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("config.yaml")
        .hasMessageContaining("unknown key 'limitz'");
    assertThatThrownBy(() -> CheckConfigLoader.load(write("limits:\n  metadata-byte: 3\n")))
        .hasMessageContaining("limits.metadata-byte");
    assertThatThrownBy(() -> CheckConfigLoader.load(write("rules:\n  mojibak: off\n")))
        .hasMessageContaining("rules.mojibak: unknown rule id");
    assertThatThrownBy(() -> CheckConfigLoader.load(write("rules:\n  mojibake: loud\n")))
        .hasMessageContaining("unknown severity 'loud'");
    assertThatThrownBy(() -> CheckConfigLoader.load(write("limits:\n  metadata-bytes: -1\n")))
        .hasMessageContaining("limits.metadata-bytes must be a non-negative whole number");
    assertThatThrownBy(
            () ->
                CheckConfigLoader.load(
                    write("limits:\n  document-hard-bytes: 10\n  document-soft-bytes: 20\n")))
        .hasMessageContaining("document-soft-bytes must not exceed");
    assertThatThrownBy(
            () -> CheckConfigLoader.load(write("limits:\n  max-decompression-ratio: 0\n")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("limits.max-decompression-ratio must be at least 1");
    assertThatThrownBy(() -> CheckConfigLoader.load(write("gate:\n  fail-on: info\n")))
        .hasMessageContaining("fail-on must be error or warning");
    assertThatThrownBy(() -> CheckConfigLoader.load(write("limits:\n  future-tolerance: 1d\n")))
        .hasMessageContaining("ISO-8601 duration");
    assertThatThrownBy(() -> CheckConfigLoader.load(dir.resolve("absent.yaml")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("cannot read");
  }

  @Test
  void emptyFileMeansDefaults() throws IOException {
    assertThat(CheckConfigLoader.load(write(""))).isEqualTo(CheckConfig.defaults());
  }
}
