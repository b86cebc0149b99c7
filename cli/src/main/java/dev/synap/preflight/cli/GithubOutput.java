package dev.synap.preflight.cli;

import dev.synap.preflight.reports.github.GithubAnnotations;
import dev.synap.preflight.reports.markdown.MarkdownReportWriter;
import dev.synap.preflight.reports.model.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * {@code --format github}: the annotations on stdout, and the Markdown report appended to the job
 * summary file GitHub Actions names in {@code GITHUB_STEP_SUMMARY} (nothing when it is unset).
 */
final class GithubOutput {
  static final String STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> env;

  GithubOutput(PrintWriter out, PrintWriter err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  void print(ValidationReport report) {
    GithubAnnotations.lines(report).forEach(out::println);
    out.flush();
    String summary = env.get(STEP_SUMMARY);
    if (summary == null || summary.isBlank()) {
      return;
    }
    try {
      Files.writeString(
          Path.of(summary),
          MarkdownReportWriter.markdown(report) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.WRITE);
    } catch (IOException | RuntimeException e) {
      // the annotations and the reports are written; a job summary that cannot be is a note
      err.println("preflight: could not append the job summary to $" + STEP_SUMMARY + ": " + e);
    }
  }
}
