package dev.synap.preflight.reports.github;

import dev.synap.preflight.reports.ReportText;
import dev.synap.preflight.reports.model.ReportFinding;
import dev.synap.preflight.reports.model.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The findings of a report as GitHub Actions workflow commands, capped as GitHub caps them. */
public final class GithubAnnotations {

  /** Annotations GitHub shows per severity (error, warning, notice) and step. */
  public static final int PER_SEVERITY = 10;

  private GithubAnnotations() {}

  /**
   * The workflow-command lines for the report's shown findings (the new ones with a baseline): at
   * most {@link #PER_SEVERITY} per severity, errors first; then, when some were left out, one plain
   * line saying how many.
   */
  public static List<String> lines(ValidationReport report) {
    List<String> out = new ArrayList<>();
    int left = 0;
    for (String severity : List.of("error", "warning", "info")) {
      int n = 0;
      for (ReportFinding f : report.shownFindings()) {
        if (!severity.equals(f.severity())) {
          continue;
        }
        if (n < PER_SEVERITY) {
          out.add(command(f));
          n++;
        } else {
          left++;
        }
      }
    }
    if (left > 0) {
      out.add(
          String.format(
              Locale.ROOT,
              "preflight: %d more finding%s not annotated: GitHub Actions shows at most %d"
                  + " error, %d warning and %d notice annotations per step; the job summary and"
                  + " the reports list them",
              left,
              left == 1 ? "" : "s",
              PER_SEVERITY,
              PER_SEVERITY,
              PER_SEVERITY));
    }
    return out;
  }

  /** One finding as a workflow command ({@code info} findings become notices). */
  public static String command(ReportFinding f) {
    String kind =
        switch (f.severity()) {
          case "error" -> "error";
          case "warning" -> "warning";
          default -> "notice";
        };
    StringBuilder cmd = new StringBuilder(160).append("::").append(kind).append(' ');
    cmd.append("file=").append(property(f.file()));
    if (f.line() > 0) {
      cmd.append(",line=").append(f.line());
    }
    cmd.append(",title=").append(property("preflight " + f.rule()));
    StringBuilder message = new StringBuilder(f.message());
    if (f.documentId() != null) {
      message.append(" [").append(f.documentId()).append(']');
    }
    if (f.field() != null) {
      message.append(" (field ").append(f.field()).append(')');
    }
    message.append(" (byte ").append(f.byteOffset()).append(')');
    return cmd.append("::").append(data(message.toString())).toString();
  }

  /** Escapes a command's message: {@code %}, CR and LF; control characters made printable. */
  public static String data(String text) {
    return escape(ReportText.printable(text), false);
  }

  /** Escapes a property value: as {@link #data} plus {@code :} and {@code ,}. */
  public static String property(String text) {
    return escape(ReportText.printable(text), true);
  }

  private static String escape(String text, boolean property) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '%' -> out.append("%25");
        case '\r' -> out.append("%0D");
        case '\n' -> out.append("%0A");
        case ':' -> out.append(property ? "%3A" : ":");
        case ',' -> out.append(property ? "%2C" : ",");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
