package dev.synap.preflight.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anserini-style golden test through the job's real entry point: the bundled sample, read in parts
 * of 512 bytes by Spark in local[2], gives exactly the report.json and report.md of {@code
 * preflight validate} (the cli module's golden files; only the version and duration are normalized,
 * as there), and its exit code.
 */
class SparkGoldenTest {
  private static final Path GOLDEN = Path.of("../cli/src/test/resources/golden");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @TempDir Path out;

  @Test
  void sampleExportGivesValidatesReports() throws IOException {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code =
        SparkMain.execute(
            new String[] {
              "validate",
              "../samples/support-memories.jsonl",
              "--master",
              "local[2]",
              "--split-size",
              "512",
              "--report-dir",
              out.toString(),
              "--format",
              "json,html,junit,sarif,md"
            },
            new PrintWriter(stdout, true),
            new PrintWriter(stderr, true),
            CLOCK,
            LocalSpark.get());
    assertThat(stderr.toString()).isEmpty();
    assertThat(code).isEqualTo(1); // the sample's errors fail the gate, as in validate
    JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
    assertThat(JSON.writeValueAsString(normalize(report)) + "\n")
        .isEqualTo(Files.readString(GOLDEN.resolve("validate-sample.report.json")));
    assertThat(
            Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8)
                .replace(SparkMain.Version.version(), "VERSION")
                .replace(out.toString(), "OUT")
                .replaceAll("· \\d+\\.\\d{3} s", "· DURATION"))
        .isEqualTo(Files.readString(GOLDEN.resolve("validate-sample.report.md")));
    assertThat(out.resolve("report.html")).isNotEmptyFile();
    assertThat(out.resolve("report.junit.xml")).isNotEmptyFile();
    assertThat(out.resolve("report.sarif")).isNotEmptyFile();
    assertThat(stdout.toString()).contains("gate: FAILED");
  }

  @Test
  void unreadableInputExitsThreeAndBadOptionsTwo() {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int unreadable =
        SparkMain.execute(
            new String[] {
              "validate", out.resolve("missing.jsonl").toString(), "--report-dir", out.toString()
            },
            new PrintWriter(stdout, true),
            new PrintWriter(stderr, true),
            CLOCK,
            LocalSpark.get());
    assertThat(unreadable).isEqualTo(3);
    assertThat(stdout.toString()).contains("NOT READ: no such file");
    int usage =
        SparkMain.execute(
            new String[] {"validate", "--split-size", "lots", "x.jsonl"},
            new PrintWriter(stdout, true),
            new PrintWriter(stderr, true),
            CLOCK,
            LocalSpark.get());
    assertThat(usage).isEqualTo(2);
    assertThat(stderr.toString()).contains("--split-size");
  }

  private static JsonNode normalize(JsonNode report) {
    ObjectNode copy = report.deepCopy();
    copy.put("durationMillis", 0);
    ((ObjectNode) copy.get("tool")).put("version", "VERSION");
    return copy;
  }
}
