package dev.synap.preflight.reports.load;

import dev.synap.preflight.reports.html.LoadHtmlWriter;
import dev.synap.preflight.reports.json.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes {@code load-report.json} and {@code load-report.html}, each atomically. */
public final class LoadReportWriter {
  /** The JSON report's file name. */
  public static final String JSON = "load-report.json";

  /** The HTML report's file name. */
  public static final String HTML = "load-report.html";

  private LoadReportWriter() {}

  /** Writes both files into {@code dir} (created when missing); returns them. */
  public static List<Path> write(LoadReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path json = dir.resolve(JSON);
    Path html = dir.resolve(HTML);
    atomically(json, json(report));
    atomically(html, LoadHtmlWriter.renderHtml(report).getBytes(StandardCharsets.UTF_8));
    return List.of(json, html);
  }

  /** The JSON text (pretty printed, final newline). */
  public static byte[] json(LoadReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportJson.write(report, out);
    return out.toByteArray();
  }

  private static void atomically(Path target, byte[] bytes) throws IOException {
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    Files.write(tmp, bytes);
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
