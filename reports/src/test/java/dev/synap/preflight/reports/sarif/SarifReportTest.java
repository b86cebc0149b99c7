package dev.synap.preflight.reports.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.reports.ReportFixtures;
import dev.synap.preflight.reports.json.ReportJson;
import dev.synap.preflight.reports.model.ReportFinding;
import dev.synap.preflight.reports.model.ValidationReport;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SarifReportTest {

  private static JsonNode sarif(ValidationReport report) throws IOException {
    return ReportJson.mapper().readTree(new SarifReportWriter().render(report));
  }

  @Test
  void oneRunWithAllRulesAndOneResultPerFinding() throws IOException {
    ValidationReport report = ReportFixtures.realistic();
    JsonNode log = sarif(report);
    assertThat(log.get("$schema").asText()).isEqualTo(SarifReportWriter.SCHEMA);
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("runs")).hasSize(1);
    JsonNode run = log.get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("synap-preflight");
    assertThat(driver.get("version").asText()).isEqualTo("0.1.0");
    assertThat(driver.has("informationUri")).isFalse();
    JsonNode rules = driver.get("rules");
    assertThat(rules).hasSize(18);
    assertThat(rules.get(0).get("id").asText()).isEqualTo("malformed-record");
    assertThat(rules.get(0).get("defaultConfiguration").get("level").asText()).isEqualTo("error");
    assertThat(rules.get(6).get("defaultConfiguration").get("level").asText()).isEqualTo("warning");
    JsonNode notNfc = rules.get(8);
    assertThat(notNfc.get("id").asText()).isEqualTo("not-nfc");
    assertThat(notNfc.get("defaultConfiguration").get("enabled").asBoolean()).isFalse();

    JsonNode results = run.get("results");
    assertThat(results).hasSize(report.findings().size());
    for (int i = 0; i < results.size(); i++) {
      JsonNode result = results.get(i);
      ReportFinding f = report.findings().get(i);
      assertThat(result.get("ruleId").asText()).isEqualTo(f.rule());
      assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(f.rule());
      String expected =
          switch (f.severity()) {
            case "error" -> "error";
            case "warning" -> "warning";
            default -> "note";
          };
      assertThat(result.get("level").asText()).isEqualTo(expected);
      assertThat(result.get("message").get("text").asText()).isEqualTo(f.message());
      JsonNode physical = result.get("locations").get(0).get("physicalLocation");
      assertThat(physical.get("artifactLocation").get("uri").asText()).isEqualTo(f.file());
      assertThat(physical.get("region").get("startLine").asLong()).isEqualTo(f.line());
      assertThat(physical.get("region").get("byteOffset").asLong()).isEqualTo(f.byteOffset());
    }
    assertThat(results.findValuesAsText("level")).contains("note");

    JsonNode invocation = run.get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
    JsonNode gate = run.get("properties").get("gate");
    assertThat(gate.get("passed").asBoolean()).isFalse();
    assertThat(gate.get("exitCode").asInt()).isEqualTo(1);
    assertThat(gate.get("failOn").asText()).isEqualTo("error");
  }

  @Test
  void lineZeroBecomesOneAndPathsBecomeEscapedUris() throws IOException {
    JsonNode results = sarif(ReportFixtures.hostile()).get("runs").get(0).get("results");
    JsonNode control = results.get(results.size() - 2);
    assertThat(control.get("ruleId").asText()).isEqualTo("control-char");
    JsonNode region = control.get("locations").get(0).get("physicalLocation").get("region");
    assertThat(region.get("startLine").asInt()).isEqualTo(1);
    JsonNode windows = results.get(results.size() - 1);
    assertThat(
            windows
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("artifactLocation")
                .get("uri")
                .asText())
        .isEqualTo("file:///C:/exports/my%20file%231.jsonl");
    for (JsonNode r : results) {
      String uri = r.findValue("uri").asText();
      assertThat(uri).doesNotContain(" ", "<", ">", "\"", "\\", "|");
    }
  }

  @Test
  void unreadableInputsMakeTheExecutionUnsuccessful() throws IOException {
    JsonNode invocation =
        sarif(ReportFixtures.hostile()).get("runs").get(0).get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    assertThat(
            invocation.get("toolExecutionNotifications").get(0).get("message").get("text").asText())
        .isEqualTo("cannot read: <script>alert(1)</script>");
  }

  @Test
  void uriEncoding() {
    assertThat(SarifUris.of("data/a b.jsonl")).isEqualTo("data/a%20b.jsonl");
    assertThat(SarifUris.of("data\\sub\\x.json")).isEqualTo("data/sub/x.json");
    assertThat(SarifUris.of("café/100%.csv")).isEqualTo("caf%C3%A9/100%25.csv");
    assertThat(SarifUris.of("/abs/x:y?.jsonl")).isEqualTo("/abs/x%3Ay%3F.jsonl");
  }

  @Test
  void deterministic() {
    SarifReportWriter w = new SarifReportWriter();
    assertThat(w.render(ReportFixtures.realistic()))
        .isEqualTo(w.render(ReportFixtures.realistic()));
  }
}
