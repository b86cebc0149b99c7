package dev.synap.preflight.reports;

import dev.synap.preflight.reports.html.VerifyHtmlWriter;
import dev.synap.preflight.reports.json.ReportJson;
import dev.synap.preflight.reports.markdown.VerifyMarkdownWriter;
import dev.synap.preflight.reports.model.verify.VerifyReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes the verify report ({@code report.json}, {@code report.html}, {@code report.md}) into one
 * directory, each file atomically as {@link Reports} does.
 */
public final class VerifyReports {
  /** The files written, in order. */
  public static final List<String> FILES = List.of("report.json", "report.html", "report.md");

  private VerifyReports() {}

  /** {@code report.json}: the model as it is, validated by the published schema. */
  public static byte[] json(VerifyReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ReportJson.write(report, out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** {@code report.html}. */
  public static byte[] html(VerifyReport report) {
    return VerifyHtmlWriter.renderHtml(report).getBytes(StandardCharsets.UTF_8);
  }

  /** {@code report.md}: the summary for CI job pages. */
  public static byte[] markdown(VerifyReport report) {
    return VerifyMarkdownWriter.render(report).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes every file into {@code dir}, creating it when missing.
   *
   * @return the written files
   */
  public static List<Path> write(VerifyReport report, Path dir) throws IOException {
    Objects.requireNonNull(report, "report");
    Files.createDirectories(dir);
    List<byte[]> bodies = List.of(json(report), html(report), markdown(report));
    for (int i = 0; i < FILES.size(); i++) {
      Reports.writeAtomically(dir.resolve(FILES.get(i)), bodies.get(i));
    }
    return FILES.stream().map(dir::resolve).toList();
  }
}
