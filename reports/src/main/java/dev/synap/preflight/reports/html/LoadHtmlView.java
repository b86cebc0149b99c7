package dev.synap.preflight.reports.html;

import static dev.synap.preflight.reports.ReportText.printable;

import dev.synap.preflight.reports.load.LoadReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code load.jte} shows of a {@link LoadReport}: the verdict banner, cards, the plan next to
 * what happened, the timeline, tracking, rejections grouped by reason and the commands to go on.
 * Every string is printable; the template escapes it.
 */
public final class LoadHtmlView {
  static final int MAX_ROWS = 2000;
  private static final int EXAMPLES = 3;
  private final LoadReport r;

  /** A view of {@code report}. */
  public LoadHtmlView(LoadReport report) {
    this.r = report;
  }

  /** A card. */
  public record Stat(String label, String value, String tone) {}

  /** A name and a value. */
  public record Pair(String name, String value) {}

  /** One document row. */
  public record Row(String documentId, String origin, String message) {}

  /** Documents refused for one reason, with a few examples. */
  public record Reason(String message, String count, List<Row> examples) {}

  public String command() {
    return printable(r.command());
  }

  public String toolVersion() {
    return printable(r.tool());
  }

  public String journal() {
    return printable(r.journal());
  }

  public String profile() {
    return printable(r.profile());
  }

  public String startedAt() {
    return printable(r.timings().startedAt());
  }

  public String elapsed() {
    return String.format(Locale.ROOT, "%.1f s", r.timings().elapsedMillis() / 1000.0);
  }

  public boolean passed() {
    return r.complete() && r.rejected().isEmpty() && r.skipped().isEmpty() && r.failed().isEmpty();
  }

  public String title() {
    if (!r.complete()) {
      return "Not complete";
    }
    return passed() ? "Complete" : "Complete, with documents not loaded";
  }

  public String gate() {
    return printable(r.gate() + (r.force() ? " (overridden with --force)" : ""));
  }

  public List<String> problems() {
    return r.problems().stream().map(p -> printable(p)).toList();
  }

  public List<Stat> cards() {
    LoadReport.Totals t = r.totals();
    List<Stat> out = new ArrayList<>();
    out.add(new Stat("sent", n(t.sent()), ""));
    out.add(new Stat("accepted", n(t.accepted()), ""));
    out.add(new Stat("rejected", n(t.rejected()), t.rejected() > 0 ? "error" : ""));
    out.add(new Stat("skipped", n(t.skipped()), t.skipped() > 0 ? "warning" : ""));
    out.add(new Stat("in flight", n(t.inFlight()), t.inFlight() > 0 ? "error" : ""));
    out.add(new Stat("ingestions completed", n(t.completed()), ""));
    out.add(new Stat("ingestions failed", n(t.failed()), t.failed() > 0 ? "error" : ""));
    out.add(new Stat("memories known", n(t.memories()), ""));
    if (r.operations() != null) {
      LoadReport.Operations o = r.operations();
      out.add(new Stat("untracked", n(o.tracking().untracked()), "info"));
      out.add(new Stat("requests", n(o.requests()), ""));
      out.add(new Stat("requests/s", f1(o.requestsPerSecond()), ""));
      out.add(new Stat("answered 429", n(o.rateLimited()), o.rateLimited() > 0 ? "warning" : ""));
    }
    out.add(new Stat("documents/s", f1(r.timings().documentsPerSecond()), ""));
    if (r.rollback() != null) {
      out.add(new Stat("memories deleted", n(r.rollback().deleted()), ""));
    }
    return out;
  }

  public boolean hasOperations() {
    return r.operations() != null;
  }

  public List<String> plan() {
    return r.operations() == null
        ? List.of()
        : r.operations().plan().stream().map(p -> printable(p)).toList();
  }

  public List<Pair> planVersusActual() {
    LoadReport.Operations o = r.operations();
    List<Pair> out = new ArrayList<>();
    out.add(new Pair("requests planned (batches and tracking, at least)", n(o.plannedRequests())));
    out.add(new Pair("requests sent (retries included)", n(o.requests())));
    out.add(
        new Pair(
            "time planned at the rate limit",
            o.plannedMillis() == null
                ? "no --rate-limit: bound by the service"
                : String.format(Locale.ROOT, "%.1f s", o.plannedMillis() / 1000.0)));
    out.add(new Pair("time taken", elapsed()));
    if (o.plannedMillis() != null && o.plannedMillis() > 0) {
      out.add(
          new Pair(
              "taken / planned",
              String.format(
                  Locale.ROOT, "%.2fx", r.timings().elapsedMillis() / (double) o.plannedMillis())));
    }
    out.add(
        new Pair(
            "rate limit",
            o.rateLimitPerMinute() > 0 ? o.rateLimitPerMinute() + " requests a minute" : "none"));
    out.add(new Pair("answered 429 (then retried after Retry-After)", n(o.rateLimited())));
    return out;
  }

  public List<Pair> tracking() {
    LoadReport.Tracking t = r.operations().tracking();
    return List.of(
        new Pair("policy", printable("--track " + t.policy())),
        new Pair("tracked", n(t.tracked())),
        new Pair("with memory ids known", n(t.known())),
        new Pair("awaiting their status", n(t.awaiting())),
        new Pair("untracked (memory ids not known)", n(t.untracked())),
        new Pair("loaded by conflict, memories not found", n(t.unresolved())),
        new Pair("rollback", printable(t.rollback())),
        new Pair("verify --journal", printable(t.verify())));
  }

  public List<String> next() {
    return r.operations() == null
        ? List.of()
        : r.operations().next().stream().map(p -> printable(p)).toList();
  }

  public Timeline timeline() {
    return r.operations() == null ? Timeline.of(List.of()) : Timeline.of(r.operations().timeline());
  }

  public List<Reason> rejections() {
    Map<String, List<LoadReport.DocumentIssue>> byReason = new LinkedHashMap<>();
    for (LoadReport.DocumentIssue i : r.rejected()) {
      byReason
          .computeIfAbsent(i.message() == null ? "" : i.message(), k -> new ArrayList<>())
          .add(i);
    }
    List<Reason> out = new ArrayList<>();
    byReason.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
        .forEach(
            e ->
                out.add(
                    new Reason(
                        printable(e.getKey()),
                        n(e.getValue().size()),
                        rows(e.getValue().subList(0, Math.min(EXAMPLES, e.getValue().size()))))));
    return out;
  }

  public String rejectedTotal() {
    return n(r.rejected().size());
  }

  public List<Row> failed() {
    return rows(r.failed());
  }

  public List<Row> skipped() {
    return rows(r.skipped());
  }

  public boolean capped() {
    return r.failed().size() > MAX_ROWS || r.skipped().size() > MAX_ROWS;
  }

  public boolean hasRollback() {
    return r.rollback() != null;
  }

  public String rollbackSummary() {
    return r.rollback() == null
        ? ""
        : "Deleted "
            + r.rollback().deleted()
            + " memories; "
            + r.rollback().alreadyGone()
            + " were already gone.";
  }

  public List<Row> rollbackFailures() {
    return r.rollback() == null ? List.of() : rows(r.rollback().failures());
  }

  public List<Row> rollbackUnknown() {
    return r.rollback() == null ? List.of() : rows(r.rollback().unknown());
  }

  public List<Pair> files() {
    return r.files().stream()
        .map(
            f ->
                new Pair(
                    printable(f.path()), n(f.bytes()) + " bytes, SHA-256 " + printable(f.sha256())))
        .toList();
  }

  private static List<Row> rows(List<LoadReport.DocumentIssue> items) {
    return items.subList(0, Math.min(MAX_ROWS, items.size())).stream()
        .map(i -> new Row(printable(i.documentId()), printable(i.origin()), printable(i.message())))
        .toList();
  }

  private static String n(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  private static String f1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /**
   * The timeline chart: documents/s and requests/s between samples as two polylines in a {@link
   * Chart#WIDTH} by {@link Chart#HEIGHT} view box, 429s marked where they happened and stalls (a
   * gap of more than two seconds between samples) shaded.
   *
   * @param docs polyline points of documents/s
   * @param requests polyline points of requests/s
   * @param marks x positions of intervals with 429 answers
   * @param stalls x and width of stalls, as pairs
   * @param max the top of the scale
   * @param seconds the run's length
   */
  public record Timeline(
      String docs,
      String requests,
      List<String> marks,
      List<String[]> stalls,
      String max,
      String seconds) {

    static Timeline of(List<LoadReport.Sample> s) {
      if (s.size() < 2) {
        return new Timeline("", "", List.of(), List.of(), "0", "0");
      }
      double end = Math.max(0.001, s.get(s.size() - 1).seconds());
      double max = 1;
      double[] dps = new double[s.size()];
      double[] rps = new double[s.size()];
      for (int i = 1; i < s.size(); i++) {
        double dt = Math.max(0.001, s.get(i).seconds() - s.get(i - 1).seconds());
        boolean samePhase = s.get(i).phase().equals(s.get(i - 1).phase());
        dps[i] = samePhase ? Math.max(0, s.get(i).done() - s.get(i - 1).done()) / dt : 0;
        rps[i] = Math.max(0, s.get(i).requests() - s.get(i - 1).requests()) / dt;
        max = Math.max(max, Math.max(dps[i], rps[i]));
      }
      StringBuilder d = new StringBuilder();
      StringBuilder q = new StringBuilder();
      List<String> marks = new ArrayList<>();
      List<String[]> stalls = new ArrayList<>();
      for (int i = 1; i < s.size(); i++) {
        double x = x(s.get(i).seconds(), end);
        d.append(fmt(x)).append(',').append(fmt(y(dps[i], max))).append(' ');
        q.append(fmt(x)).append(',').append(fmt(y(rps[i], max))).append(' ');
        if (s.get(i).rateLimited() > s.get(i - 1).rateLimited()) {
          marks.add(fmt(x));
        }
        if (s.get(i).seconds() - s.get(i - 1).seconds() > 2) {
          double x0 = x(s.get(i - 1).seconds(), end);
          stalls.add(new String[] {fmt(x0), fmt(x - x0)});
        }
      }
      return new Timeline(
          d.toString().trim(),
          q.toString().trim(),
          marks,
          stalls,
          String.format(Locale.ROOT, "%.0f/s", max),
          String.format(Locale.ROOT, "%.0f s", end));
    }

    private static double x(double seconds, double end) {
      return Chart.LEFT + seconds / end * (Chart.WIDTH - Chart.LEFT - Chart.RIGHT);
    }

    private static double y(double v, double max) {
      return Chart.TOP + Chart.PLOT_HEIGHT - v / max * Chart.PLOT_HEIGHT;
    }

    private static String fmt(double v) {
      return String.format(Locale.ROOT, "%.1f", v);
    }

    public boolean empty() {
      return docs.isEmpty();
    }

    public String left() {
      return Integer.toString(Chart.LEFT);
    }

    public String right() {
      return Integer.toString(Chart.WIDTH - Chart.RIGHT);
    }

    public String top() {
      return Integer.toString(Chart.TOP);
    }

    public String baseline() {
      return Integer.toString(Chart.TOP + Chart.PLOT_HEIGHT);
    }

    public String labelY() {
      return Integer.toString(Chart.TOP + Chart.PLOT_HEIGHT + 16);
    }

    public String plotHeight() {
      return Integer.toString(Chart.PLOT_HEIGHT);
    }

    public String viewBox() {
      return "0 0 " + Chart.WIDTH + " " + Chart.HEIGHT;
    }
  }
}
