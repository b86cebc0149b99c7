package dev.synap.preflight.reports.html;

import static dev.synap.preflight.reports.ReportText.printable;

import dev.synap.preflight.reports.model.verify.QueryReport;
import dev.synap.preflight.reports.model.verify.SynapItem;
import dev.synap.preflight.reports.model.verify.VerifyLeak;
import dev.synap.preflight.reports.model.verify.VerifyReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Display rows of the verify page: leaks and queries side by side. */
public final class VerifyHtmlRows {
  private VerifyHtmlRows() {}

  /** One leak. */
  public record LeakRow(
      String queryId,
      String anchor,
      String scope,
      String itemId,
      String documentId,
      String owner,
      String method,
      String confidence,
      String evidence) {}

  /** One baseline hit. */
  public record HitRow(String rank, String documentId, String score, boolean returned) {}

  /** One Synap item. */
  public record ItemRow(
      String rank,
      String id,
      String type,
      String content,
      String score,
      String metadata,
      String documentId,
      String method,
      String confidence,
      String evidence,
      boolean inBaseline,
      boolean leak) {}

  /** One query: the overview row and the side-by-side details. */
  public record QueryRow(
      String anchor,
      String id,
      String text,
      String scope,
      String expected,
      String recall,
      String knownItem,
      String baselineKnownItem,
      String jaccard,
      String rbo,
      String latency,
      String error,
      int leaks,
      String tone,
      List<HitRow> baseline,
      List<ItemRow> items) {}

  static List<LeakRow> leaks(VerifyReport report) {
    List<String> ids = report.queries().stream().map(QueryReport::id).toList();
    List<LeakRow> out = new ArrayList<>();
    for (VerifyLeak l : report.leaks()) {
      int position = ids.indexOf(l.queryId());
      out.add(
          new LeakRow(
              printable(l.queryId()),
              position < 0 ? null : "#q-" + (position + 1),
              printable(l.scope().description()),
              printable(l.itemId()),
              printable(l.documentId()),
              printable(l.owner().description()),
              printable(l.method()),
              VerifyHtmlView.num(l.confidence()),
              printable(l.evidence())));
    }
    return out;
  }

  static QueryRow query(int position, QueryReport q) {
    List<HitRow> hits = new ArrayList<>();
    q.baseline()
        .forEach(
            h ->
                hits.add(
                    new HitRow(
                        Integer.toString(h.rank()),
                        printable(h.documentId()),
                        String.format(Locale.ROOT, "%.3f", h.score()),
                        h.returned())));
    List<ItemRow> items = new ArrayList<>();
    int leaks = 0;
    for (SynapItem i : q.items()) {
      leaks += i.leak() ? 1 : 0;
      items.add(item(i));
    }
    String tone = leaks > 0 ? "leak" : q.error() != null ? "bad" : null;
    return new QueryRow(
        "q-" + position,
        printable(q.id()),
        printable(q.text()),
        printable(q.scope().description()),
        q.expectedDocumentIds().isEmpty()
            ? null
            : printable(String.join(", ", q.expectedDocumentIds())),
        VerifyHtmlView.num(q.recall()),
        yesNo(q.knownItemHit()),
        yesNo(q.baselineKnownItemHit()),
        VerifyHtmlView.num(q.jaccard()),
        VerifyHtmlView.num(q.rbo()),
        VerifyHtmlView.millis(q.latencyMillis()),
        q.error() == null ? null : printable(q.error()),
        leaks,
        tone,
        hits,
        items);
  }

  private static ItemRow item(SynapItem i) {
    StringBuilder meta = new StringBuilder();
    for (Map.Entry<String, String> e : i.metadata().entrySet()) {
      meta.append(meta.length() == 0 ? "" : "; ")
          .append(e.getKey())
          .append('=')
          .append(e.getValue());
    }
    return new ItemRow(
        Integer.toString(i.rank()),
        printable(i.id()),
        printable(i.type()),
        printable(i.content()),
        VerifyHtmlView.num(i.score()),
        meta.length() == 0 ? null : printable(meta.toString()),
        i.documentId() == null ? null : printable(i.documentId()),
        printable(i.method()),
        VerifyHtmlView.num(i.confidence()),
        printable(i.evidence()),
        i.inBaseline(),
        i.leak());
  }

  private static String yesNo(Boolean b) {
    return b == null ? "—" : b ? "hit" : "miss";
  }
}
