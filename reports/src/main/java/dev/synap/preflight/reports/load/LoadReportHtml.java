package dev.synap.preflight.reports.load;

import dev.synap.preflight.reports.ReportText;
import java.util.List;
import java.util.Locale;

/**
 * Renders the load report as one self-contained page: inline CSS, no script, no network (the CSP
 * allows nothing else). Every value is made printable and HTML-escaped, quotes included; long lists
 * show their first {@value #MAX_ROWS} rows and say how many there are.
 */
final class LoadReportHtml {
  static final int MAX_ROWS = 2000;

  private LoadReportHtml() {}

  static String render(LoadReport r) {
    StringBuilder h = new StringBuilder(16 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" style-src 'unsafe-inline'\">\n<title>Synap Preflight ")
        .append(esc(r.command()))
        .append(
            " report</title>\n<style>body{font:14px system-ui,sans-serif;margin:2em;color:#222}")
        .append("table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;")
        .append("padding:.25em .6em;text-align:left;vertical-align:top}th{background:#f3f3f3}")
        .append(".ok{color:#0a6b2d}.bad{color:#a4161a}code{word-break:break-all}</style>\n")
        .append("</head><body>\n<h1>Synap Preflight: ")
        .append(esc(r.command()))
        .append("</h1>\n<p class=\"")
        .append(r.complete() ? "ok\">Complete" : "bad\">Not complete")
        .append("</p>\n");
    list(h, "Problems", r.problems());
    overview(h, r);
    totals(h, r.totals());
    issues(h, "Rejected documents", r.rejected());
    issues(h, "Failed ingestions", r.failed());
    issues(h, "Skipped documents", r.skipped());
    if (r.rollback() != null) {
      h.append("<h2>Rollback</h2>\n<p>Deleted ")
          .append(r.rollback().deleted())
          .append(" memories; ")
          .append(r.rollback().alreadyGone())
          .append(" were already gone.</p>\n");
      issues(h, "Memories not deleted", r.rollback().failures());
      issues(h, "Documents whose memories are unknown", r.rollback().unknown());
    }
    return h.append("</body></html>\n").toString();
  }

  private static void overview(StringBuilder h, LoadReport r) {
    h.append("<h2>Run</h2>\n<table>\n");
    row(h, "journal", r.journal());
    row(h, "profile", r.profile());
    row(h, "gate", r.gate() + (r.force() ? " (overridden with --force)" : ""));
    row(h, "started", r.timings().startedAt());
    row(h, "finished", r.timings().finishedAt());
    row(h, "elapsed", String.format(Locale.ROOT, "%.1f s", r.timings().elapsedMillis() / 1000.0));
    row(
        h,
        "rate",
        String.format(Locale.ROOT, "%.1f documents/s", r.timings().documentsPerSecond()));
    for (LoadReport.ExportFile f : r.files()) {
      row(h, "export file", f.path() + " (" + f.bytes() + " bytes, SHA-256 " + f.sha256() + ")");
    }
    h.append("</table>\n");
  }

  private static void totals(StringBuilder h, LoadReport.Totals t) {
    h.append("<h2>Totals</h2>\n<table>\n");
    row(h, "read", t.read());
    row(h, "sent", t.sent());
    row(h, "accepted", t.accepted());
    row(h, "rejected", t.rejected());
    row(h, "loaded by conflict on resume", t.loadedByConflict());
    row(h, "ingestions completed", t.completed());
    row(h, "ingestions failed", t.failed());
    row(h, "in flight", t.inFlight());
    row(h, "awaiting status", t.awaiting());
    row(h, "skipped", t.skipped());
    row(h, "memories created", t.memories());
    row(h, "memories deleted", t.deletedMemories());
    h.append("</table>\n");
  }

  private static void row(StringBuilder h, String key, Object value) {
    h.append("<tr><th>").append(esc(key)).append("</th><td>");
    h.append(esc(String.valueOf(value))).append("</td></tr>\n");
  }

  private static void list(StringBuilder h, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    h.append("<h2>").append(esc(title)).append("</h2>\n<ul>\n");
    items.forEach(i -> h.append("<li>").append(esc(i)).append("</li>\n"));
    h.append("</ul>\n");
  }

  private static void issues(StringBuilder h, String title, List<LoadReport.DocumentIssue> items) {
    if (items.isEmpty()) {
      return;
    }
    h.append("<h2>").append(esc(title)).append(" (").append(items.size()).append(")</h2>\n");
    if (items.size() > MAX_ROWS) {
      h.append("<p>The first ")
          .append(MAX_ROWS)
          .append(" are listed; load-report.json has all.</p>\n");
    }
    h.append("<table>\n<tr><th>document_id</th><th>where</th><th>message</th></tr>\n");
    for (LoadReport.DocumentIssue i : items.subList(0, Math.min(MAX_ROWS, items.size()))) {
      h.append("<tr><td><code>")
          .append(esc(i.documentId()))
          .append("</code></td><td>")
          .append(esc(i.origin()))
          .append("</td><td>")
          .append(esc(i.message()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  static String esc(String text) {
    String s = ReportText.printable(text);
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
