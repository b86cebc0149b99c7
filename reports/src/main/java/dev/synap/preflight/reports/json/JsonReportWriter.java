package dev.synap.preflight.reports.json;

import dev.synap.preflight.reports.ReportFormat;
import dev.synap.preflight.reports.ReportWriter;
import dev.synap.preflight.reports.model.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;

/** Writes {@code report.json}, the model as it is, validated by the published schema. */
public final class JsonReportWriter implements ReportWriter {

  @Override
  public ReportFormat format() {
    return ReportFormat.JSON;
  }

  @Override
  public void write(ValidationReport report, OutputStream out) throws IOException {
    ReportJson.write(report, out);
  }
}
