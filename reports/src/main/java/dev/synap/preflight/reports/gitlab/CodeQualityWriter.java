package dev.synap.preflight.reports.gitlab;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.reports.ReportFormat;
import dev.synap.preflight.reports.ReportText;
import dev.synap.preflight.reports.ReportWriter;
import dev.synap.preflight.reports.json.ReportJson;
import dev.synap.preflight.reports.model.ReportFinding;
import dev.synap.preflight.reports.model.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Writes {@code gl-code-quality-report.json} (GitLab Code Quality) from the shown findings. */
public final class CodeQualityWriter implements ReportWriter {

  @Override
  public ReportFormat format() {
    return ReportFormat.GITLAB;
  }

  @Override
  public void write(ValidationReport report, OutputStream out) throws IOException {
    ArrayNode issues = JsonNodeFactory.instance.arrayNode();
    Map<List<String>, Integer> seen = new HashMap<>();
    for (ReportFinding f : report.shownFindings()) {
      List<String> key = Arrays.asList(f.rule(), f.severity(), f.documentId(), f.field());
      int occurrence = seen.merge(key, 1, Integer::sum);
      ObjectNode issue = issues.addObject();
      issue.put("description", description(f));
      issue.put("check_name", f.rule());
      issue.put("fingerprint", fingerprint(key, occurrence));
      issue.put("severity", severity(f.severity()));
      ObjectNode location = issue.putObject("location");
      location.put("path", f.file());
      location.putObject("lines").put("begin", Math.max(1, f.line()));
    }
    ReportJson.write(issues, out);
  }

  private static String description(ReportFinding f) {
    String text = ReportText.printable(f.message());
    return f.documentId() == null ? text : text + " [" + ReportText.printable(f.documentId()) + "]";
  }

  /** GitLab's severity for ours: error → major, warning → minor, info → info. */
  static String severity(String severity) {
    return switch (severity) {
      case "error" -> "major";
      case "warning" -> "minor";
      default -> "info";
    };
  }

  private static String fingerprint(List<String> key, int occurrence) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
    for (String part : key) {
      // a length prefix keeps ("a", "bc") and ("ab", "c") apart; null differs from ""
      byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
      sha.update((part == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
      sha.update(bytes);
    }
    sha.update(Integer.toString(occurrence).getBytes(StandardCharsets.US_ASCII));
    return HexFormat.of().formatHex(sha.digest());
  }
}
