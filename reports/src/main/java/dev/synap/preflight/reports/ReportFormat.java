package dev.synap.preflight.reports;

import dev.synap.preflight.reports.gitlab.CodeQualityWriter;
import dev.synap.preflight.reports.html.HtmlReportWriter;
import dev.synap.preflight.reports.json.JsonReportWriter;
import dev.synap.preflight.reports.junit.JunitReportWriter;
import dev.synap.preflight.reports.markdown.MarkdownReportWriter;
import dev.synap.preflight.reports.sarif.SarifReportWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The report formats, with the id used by {@code --format} and the file each one is written to. */
public enum ReportFormat {
  JSON("json", "report.json", JsonReportWriter::new),
  HTML("html", "report.html", HtmlReportWriter::new),
  JUNIT("junit", "report.junit.xml", JunitReportWriter::new),
  SARIF("sarif", "report.sarif", SarifReportWriter::new),
  MD("md", "report.md", MarkdownReportWriter::new),
  GITLAB("gitlab", "gl-code-quality-report.json", CodeQualityWriter::new);

  private final String id;
  private final String fileName;
  private final Supplier<ReportWriter> writer;

  ReportFormat(String id, String fileName, Supplier<ReportWriter> writer) {
    this.id = id;
    this.fileName = fileName;
    this.writer = writer;
  }

  /** The id used on the command line, e.g. {@code junit}. */
  public String id() {
    return id;
  }

  /** The file name inside the report directory, e.g. {@code report.junit.xml}. */
  public String fileName() {
    return fileName;
  }

  /** A writer for this format. */
  public ReportWriter writer() {
    return writer.get();
  }

  /**
   * Parses a format id ({@code json}, {@code html}, {@code junit}, {@code sarif}, {@code md},
   * {@code gitlab}), ignoring case and surrounding blanks.
   *
   * @throws IllegalArgumentException naming the valid ids when {@code text} is not one of them
   */
  public static ReportFormat parse(String text) {
    String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.id.equals(wanted)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown report format '" + text + "' (expected one of: " + validIds() + ")");
  }

  private static String validIds() {
    return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
  }
}
