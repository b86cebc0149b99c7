package dev.synap.preflight.reports.sarif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.reports.ReportFormat;
import dev.synap.preflight.reports.ReportWriter;
import dev.synap.preflight.reports.json.ReportJson;
import dev.synap.preflight.reports.model.Gate;
import dev.synap.preflight.reports.model.InputFile;
import dev.synap.preflight.reports.model.ReportFinding;
import dev.synap.preflight.reports.model.RuleCount;
import dev.synap.preflight.reports.model.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes {@code report.sarif} (SARIF 2.1.0). */
public final class SarifReportWriter implements ReportWriter {

  /** The {@code $schema} written into every log. */
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** The driver name. */
  public static final String DRIVER = "synap-preflight";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Override
  public ReportFormat format() {
    return ReportFormat.SARIF;
  }

  @Override
  public void write(ValidationReport report, OutputStream out) throws IOException {
    ReportJson.write(log(report), out);
  }

  /** The SARIF log as a JSON tree. */
  static ObjectNode log(ValidationReport report) {
    ObjectNode log = NODES.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    Map<String, Integer> ruleIndex = new HashMap<>();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", DRIVER);
    driver.put("version", report.tool().version());
    ArrayNode rules = driver.putArray("rules");
    for (RuleCount rule : report.rules()) {
      ruleIndex.putIfAbsent(rule.rule(), rules.size());
      rules.add(rule(rule));
    }
    invocation(run.putArray("invocations").addObject(), report);
    ArrayNode results = run.putArray("results");
    for (ReportFinding finding : report.findings()) {
      results.add(result(finding, ruleIndex.get(finding.rule())));
    }
    properties(run.putObject("properties"), report);
    return log;
  }

  private static ObjectNode rule(RuleCount rule) {
    ObjectNode node = NODES.objectNode();
    node.put("id", rule.rule());
    node.putObject("shortDescription").put("text", nonNull(rule.description()));
    ObjectNode config = node.putObject("defaultConfiguration");
    if ("off".equals(rule.severity())) {
      config.put("enabled", false);
      config.put("level", "none");
    } else {
      config.put("level", level(rule.severity()));
    }
    return node;
  }

  private static void invocation(ObjectNode invocation, ValidationReport report) {
    List<InputFile> unreadable =
        report.inputs().stream().filter(input -> input.error() != null).toList();
    Gate gate = report.gate();
    invocation.put("executionSuccessful", unreadable.isEmpty() && gate.exitCode() != 3);
    invocation.put("exitCode", gate.exitCode());
    if (!unreadable.isEmpty()) {
      ArrayNode notes = invocation.putArray("toolExecutionNotifications");
      for (InputFile input : unreadable) {
        ObjectNode note = notes.addObject();
        note.put("level", "error");
        note.putObject("message").put("text", input.error());
        note.putArray("locations")
            .addObject()
            .putObject("physicalLocation")
            .putObject("artifactLocation")
            .put("uri", SarifUris.of(input.path()));
      }
    }
  }

  private static ObjectNode result(ReportFinding finding, Integer ruleIndex) {
    ObjectNode node = NODES.objectNode();
    node.put("ruleId", finding.rule());
    if (ruleIndex != null) {
      node.put("ruleIndex", ruleIndex);
    }
    node.put("level", level(finding.severity()));
    if (finding.baseline() != null) {
      // SARIF 2.1.0 §3.27.24: "new" or, for a finding the baseline had, "unchanged"
      node.put("baselineState", finding.accepted() ? "unchanged" : "new");
    }
    node.putObject("message").put("text", nonNull(finding.message()));
    ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", SarifUris.of(finding.file()));
    ObjectNode region = physical.putObject("region");
    region.put("startLine", Math.max(1L, finding.line()));
    region.put("byteOffset", Math.max(0L, finding.byteOffset()));
    if (finding.documentId() != null || finding.field() != null) {
      ObjectNode props = node.putObject("properties");
      props.put("documentId", finding.documentId());
      props.put("field", finding.field());
    }
    return node;
  }

  private static void properties(ObjectNode props, ValidationReport report) {
    Gate gate = report.gate();
    ObjectNode gateNode = props.putObject("gate");
    gateNode.put("failOn", gate.failOn());
    gateNode.put("passed", gate.passed());
    gateNode.put("exitCode", gate.exitCode());
    gateNode.put("reason", gate.reason());
    props.put("generatedAt", report.generatedAt());
    props.put("profile", report.configuration().profile());
    props.put("totalFindings", report.totals().findings());
  }

  /** SARIF level of a severity: error, warning, note (info), none (off or unknown). */
  static String level(String severity) {
    if (severity == null) {
      return "none";
    }
    switch (severity) {
      case "error":
        return "error";
      case "warning":
        return "warning";
      case "info":
        return "note";
      default:
        return "none";
    }
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
