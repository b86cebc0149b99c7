package dev.synap.preflight.reports.console;

import dev.synap.preflight.reports.ReportText;

/**
 * One problem as a log line: {@code file:line:byte: severity kind: message [id]}. Used for
 * validation findings and for the per-item problems of {@code map}, {@code load} and {@code verify}
 * (rejected documents, leaks), so one pattern greps them all.
 */
public final class ProblemLine {

  /** Messages longer than this many code points are cut (the reports keep them whole). */
  public static final int MAX_MESSAGE = 300;

  private ProblemLine() {}

  /**
   * The line. Text from the export ({@code file}, {@code message}, {@code id}) is made printable on
   * one line: control characters (ESC included), line breaks and bidi controls become <code>
   * &#92;uXXXX</code> notation.
   *
   * @param file the input file as named on the command line
   * @param line 1-based line, 0 when unknown
   * @param byteOffset 0-based byte offset
   * @param severity e.g. {@code error}
   * @param kind the rule id or kind of problem, e.g. {@code control-char}, {@code rejected}
   * @param message what is wrong
   * @param id the document id, or null
   */
  public static String format(
      String file,
      long line,
      long byteOffset,
      String severity,
      String kind,
      String message,
      String id) {
    StringBuilder out = place(ReportText.oneLine(file));
    out.append(':').append(line).append(':').append(byteOffset);
    tail(out, severity, kind, message, id);
    return out.toString();
  }

  /**
   * The line when only an origin {@code file:line} is known (no byte offset), e.g. a document a
   * load's service rejected: {@code origin: severity kind: message [id]}; {@code -} when the origin
   * is unknown too.
   */
  public static String format(
      String origin, String severity, String kind, String message, String id) {
    StringBuilder out = place(origin == null ? "-" : ReportText.oneLine(origin));
    tail(out, severity, kind, message, id);
    return out.toString();
  }

  private static StringBuilder place(String where) {
    StringBuilder out = new StringBuilder(128);
    if (where.startsWith(":")) {
      out.append("./"); // a line that starts with "::" would be a CI workflow command
    }
    return out.append(where);
  }

  private static void tail(
      StringBuilder out, String severity, String kind, String message, String id) {
    out.append(": ")
        .append(ReportText.oneLine(severity))
        .append(' ')
        .append(ReportText.oneLine(kind))
        .append(": ")
        .append(ReportText.oneLine(ReportText.abbreviate(message, MAX_MESSAGE)));
    if (id != null) {
      out.append(" [").append(ReportText.oneLine(id)).append(']');
    }
  }
}
