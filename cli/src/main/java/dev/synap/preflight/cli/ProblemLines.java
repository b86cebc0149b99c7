package dev.synap.preflight.cli;

import dev.synap.preflight.reports.console.ProblemLine;
import dev.synap.preflight.reports.load.LoadReport;
import dev.synap.preflight.reports.model.verify.VerifyLeak;
import dev.synap.preflight.reports.model.verify.VerifyReport;
import dev.synap.preflight.rules.export.ExportDocument;
import dev.synap.preflight.rules.export.ExportReader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first per-item problems of {@code map}, {@code load} and {@code verify} (records not mapped,
 * documents rejected, failed or skipped, scope leaks) as {@link ProblemLine}s, the {@code
 * file:line} form {@code validate} prints its findings in, so one pattern greps them all.
 */
final class ProblemLines {
  /** Lines printed per command; the reports list every item. */
  static final int SHOWN = 10;

  private ProblemLines() {}

  /**
   * Prints a heading, the first {@link #SHOWN} of {@code lines} and, when {@code total} is larger,
   * how many more there are, with {@code where} saying where to find them. Nothing when there is
   * nothing to say.
   */
  static void print(PrintWriter w, String heading, List<String> lines, long total, String where) {
    if (total == 0) {
      return;
    }
    w.println(heading + ":");
    lines.stream().limit(SHOWN).forEach(w::println);
    long shown = Math.min(SHOWN, lines.size());
    if (total > shown) {
      w.println("… and " + (total - shown) + " more (" + where + ")");
    }
    w.flush();
  }

  /** A load's rejected, failed and skipped documents, each at its source file and line. */
  static List<String> load(LoadReport report) {
    List<String> out = new ArrayList<>();
    report.rejected().forEach(d -> out.add(line(d, "error", "rejected")));
    report.failed().forEach(d -> out.add(line(d, "error", "ingestion-failed")));
    report.skipped().forEach(d -> out.add(line(d, "warning", "skipped")));
    return out;
  }

  private static String line(LoadReport.DocumentIssue d, String severity, String kind) {
    return ProblemLine.format(d.origin(), severity, kind, d.message(), d.documentId());
  }

  /**
   * The first {@link #SHOWN} scope leaks, each at the export file, line and byte of the leaked
   * document. The export is read again only when there are leaks, and only until their documents
   * are found.
   */
  static List<String> leaks(VerifyReport report, ExportReader export) {
    List<VerifyLeak> leaks = report.leaks().stream().limit(SHOWN).toList();
    Map<String, ExportDocument> where = new HashMap<>();
    leaks.forEach(l -> where.put(l.documentId(), null));
    if (!leaks.isEmpty()) {
      long missing = where.size();
      try (ExportReader.Cursor docs = export.open()) {
        while (missing > 0 && docs.hasNext()) {
          ExportDocument d = docs.next();
          String id = d.hasId() ? d.document().documentId() : null;
          if (id != null && where.containsKey(id) && where.get(id) == null) {
            where.put(id, d);
            missing--;
          }
        }
      } catch (Exception e) {
        // the leaks are in the report either way; a line without a place says "-"
      }
    }
    List<String> out = new ArrayList<>();
    for (VerifyLeak l : leaks) {
      String message =
          "item "
              + l.itemId()
              + " ("
              + l.itemType()
              + ") returned to "
              + l.scope().description()
              + " by query "
              + l.queryId()
              + "; the document belongs to "
              + l.owner().description();
      ExportDocument d = where.get(l.documentId());
      out.add(
          d == null
              ? ProblemLine.format(null, "error", "scope-leak", message, l.documentId())
              : ProblemLine.format(
                  d.file(),
                  d.line(),
                  d.byteOffset(),
                  "error",
                  "scope-leak",
                  message,
                  l.documentId()));
    }
    return out;
  }
}
