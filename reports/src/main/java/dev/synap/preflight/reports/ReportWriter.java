package dev.synap.preflight.reports;

import dev.synap.preflight.reports.model.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Renders a report in one format. Implementations are stateless and thread-safe; output is UTF-8,
 * {@code \n} line endings, and depends only on the model.
 */
public interface ReportWriter {

  /** The format this writer produces. */
  ReportFormat format();

  /** Writes the rendered report to {@code out}; does not close it. */
  void write(ValidationReport report, OutputStream out) throws IOException;

  /** The rendered report as bytes. */
  default byte[] render(ValidationReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
