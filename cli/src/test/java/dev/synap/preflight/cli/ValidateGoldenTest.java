package dev.synap.preflight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anserini-style golden test: the bundled sample export, the real command line, the exact expected
 * output. Regenerate only for an intended change: {@code mvn -pl cli -am verify
 * -Dgolden.update=true}, then review the diff.
 */
class ValidateGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final String SAMPLE = "../samples/support-memories.jsonl";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @TempDir Path out;

  @Test
  void sampleExport() throws IOException {
    CliRunner.Result r =
        CliRunner.run(
            "validate",
            SAMPLE,
            "--report-dir",
            out.toString(),
            "--format",
            "json,html,junit,sarif,md",
            "--progress",
            "never");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    compare("validate-sample.stdout.txt", normalize(r.out()));
    JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
    assertThat(schemaErrors(report)).isEmpty();
    compare("validate-sample.report.json", JSON.writeValueAsString(normalize(report)) + "\n");
    compare(
        "validate-sample.report.md",
        normalize(Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8)));
    assertThat(out.resolve("report.html")).isNotEmptyFile();
    assertThat(out.resolve("report.junit.xml")).isNotEmptyFile();
    assertThat(out.resolve("report.sarif")).isNotEmptyFile();
  }

  @Test
  void cleanSynapShapedExportPasses() throws IOException {
    CliRunner.Result r =
        CliRunner.run(
            "validate",
            "../samples/synap-ready.json",
            "--report-dir",
            out.toString(),
            "--progress",
            "never");
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.PASSED);
    JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
    assertThat(report.at("/inputs/0/profile").asText()).isEqualTo("synap");
    assertThat(report.at("/inputs/0/format").asText()).isEqualTo("json");
    assertThat(report.at("/totals/records").asLong()).isEqualTo(4);
    assertThat(report.at("/gate/passed").asBoolean()).isTrue();
    assertThat(report.at("/findings").size()).isZero();
  }

  /** Replaces what legitimately changes between runs: version, report directory, duration. */
  private String normalize(String s) {
    return s.replace(VersionInfo.version(), "VERSION")
        .replace(out.toString(), "OUT")
        .replaceAll("· \\d+\\.\\d{3} s", "· DURATION");
  }

  private static JsonNode normalize(JsonNode report) {
    ObjectNode copy = report.deepCopy();
    copy.put("durationMillis", 0);
    ((ObjectNode) copy.get("tool")).put("version", "VERSION");
    return copy;
  }

  private static Set<ValidationMessage> schemaErrors(JsonNode report) throws IOException {
    try (InputStream in =
        ValidateGoldenTest.class.getResourceAsStream("/schema/validation-report.schema.json")) {
      assertThat(in).as("report schema on the classpath").isNotNull();
      JsonSchema schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      return schema.validate(report);
    }
  }

  private static void compare(String name, String actual) throws IOException {
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file %s (see class javadoc to regenerate)", golden).exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
