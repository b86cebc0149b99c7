package dev.synap.preflight.reports.gitlab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.synap.preflight.reports.ReportFixtures;
import dev.synap.preflight.reports.ReportFormat;
import dev.synap.preflight.reports.ReportText;
import dev.synap.preflight.reports.model.ReportFinding;
import dev.synap.preflight.reports.model.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeQualityWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyFixtureIsAValidCodeQualityReport() throws IOException {
    for (ValidationReport r :
        List.of(
            ReportFixtures.realistic(),
            ReportFixtures.hostile(),
            ReportFixtures.empty(),
            ReportFixtures.withFindings(50))) {
      JsonNode issues = render(r);
      assertThat(schema().validate(issues)).as(issues.toString()).isEmpty();
      assertThat(issues.size()).isEqualTo(r.findings().size());
      Set<String> fingerprints = new HashSet<>();
      issues.forEach(i -> fingerprints.add(i.get("fingerprint").asText()));
      assertThat(fingerprints).as("unique fingerprints").hasSize(issues.size());
    }
  }

  @Test
  void fieldsOfOneIssue() throws IOException {
    ReportFinding f = ReportFixtures.realistic().findings().get(0);
    JsonNode issue = render(ReportFixtures.realistic()).get(0);
    assertThat(issue.get("check_name").asText()).isEqualTo(f.rule());
    assertThat(issue.get("location").get("path").asText()).isEqualTo(f.file());
    assertThat(issue.get("location").get("lines").get("begin").asLong())
        .isEqualTo(Math.max(1, f.line()));
    assertThat(issue.get("severity").asText()).isEqualTo(CodeQualityWriter.severity(f.severity()));
    assertThat(issue.get("description").asText()).startsWith(ReportText.printable(f.message()));
    assertThat(CodeQualityWriter.severity("error")).isEqualTo("major");
    assertThat(CodeQualityWriter.severity("warning")).isEqualTo("minor");
    assertThat(CodeQualityWriter.severity("info")).isEqualTo("info");
  }

  @Test
  void fingerprintsSurviveAReorderedExportWithOtherLinesAndFiles() throws IOException {
    ValidationReport base = ReportFixtures.withFindings(30);
    List<ReportFinding> moved = new ArrayList<>();
    for (ReportFinding f : base.findings()) {
      moved.add(
          0,
          new ReportFinding(
              f.rule(),
              f.severity(),
              "resplit/part-9.jsonl",
              f.line() + 1000,
              f.byteOffset() + 5,
              f.documentId(),
              f.field(),
              f.message()));
    }
    ValidationReport reordered = ReportFixtures.withFindings(base, moved, null);
    assertThat(fingerprints(render(reordered))).isEqualTo(fingerprints(render(base)));
  }

  private static Set<String> fingerprints(JsonNode issues) {
    Set<String> out = new HashSet<>();
    issues.forEach(i -> out.add(i.get("fingerprint").asText()));
    return out;
  }

  private static JsonNode render(ValidationReport r) throws IOException {
    assertThat(ReportFormat.parse("gitlab").fileName()).isEqualTo("gl-code-quality-report.json");
    return JSON.readTree(ReportFormat.GITLAB.writer().render(r));
  }

  private static JsonSchema schema() throws IOException {
    try (InputStream in =
        CodeQualityWriterTest.class.getResourceAsStream("/gitlab/code-quality.schema.json")) {
      assertThat(in).isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }
}
