package dev.synap.preflight.reports.html;

import static dev.synap.preflight.reports.ReportText.printable;

import dev.synap.preflight.reports.ReportText;
import dev.synap.preflight.reports.model.Configuration;
import dev.synap.preflight.reports.model.Gate;
import dev.synap.preflight.reports.model.IdCount;
import dev.synap.preflight.reports.model.InputFile;
import dev.synap.preflight.reports.model.ReportFinding;
import dev.synap.preflight.reports.model.RuleCount;
import dev.synap.preflight.reports.model.ScopeSummary;
import dev.synap.preflight.reports.model.Totals;
import dev.synap.preflight.reports.model.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Display-ready values for the templates. Every string that came from the model is passed through
 * {@link ReportText#printable} here, so the templates only have to let jte escape it.
 */
public final class HtmlView {

  /** A label and a formatted number. */
  public record Stat(String label, String value, String tone) {}

  /** A name and a value. */
  public record Pair(String name, String value) {}

  /** One input row. */
  public record InputRow(
      String path,
      String size,
      String sizeBytes,
      String sha256,
      String format,
      String gzip,
      String profile,
      String records,
      String error) {}

  /** One rule row. */
  public record RuleRow(
      String rule,
      String severity,
      String description,
      String count,
      boolean hasFindings,
      String listed) {}

  /** One finding row; {@code severityRank} sorts severities by seriousness. */
  public record FindingRow(
      String rule,
      String severity,
      int severityRank,
      String file,
      long line,
      long byteOffset,
      String documentId,
      String field,
      String message) {}

  private final ValidationReport report;

  HtmlView(ValidationReport report) {
    this.report = report;
  }

  public String toolName() {
    return printable(report.tool().name());
  }

  public String toolVersion() {
    return printable(report.tool().version());
  }

  public String generatedAt() {
    return printable(report.generatedAt());
  }

  public String duration() {
    return ReportText.seconds(report.durationMillis());
  }

  public String profile() {
    return printable(report.configuration().profile());
  }

  public String instance() {
    return printable(report.configuration().instance());
  }

  public boolean passed() {
    return report.gate().passed();
  }

  public String gateTitle() {
    return report.gate().passed() ? "Gate passed" : "Gate failed";
  }

  public String gateReason() {
    return printable(report.gate().reason());
  }

  public String gateFailOn() {
    return printable(report.gate().failOn());
  }

  /** The counts against the baseline, or null when the run had none. */
  public String baselineLine() {
    return report.baseline() == null ? null : printable(report.baseline().sentence());
  }

  public String gateExitCode() {
    return Integer.toString(report.gate().exitCode());
  }

  /** The summary cards. */
  public List<Stat> totals() {
    Totals t = report.totals();
    Gate g = report.gate();
    return List.of(
        new Stat("Records", number(t.records()), "plain"),
        new Stat("Documents", number(t.documents()), "plain"),
        new Stat("Distinct ids", number(t.distinctIds()), "plain"),
        new Stat("Findings", number(t.findings()), "plain"),
        new Stat("Errors", number(t.errors()), tone("error", t.errors(), g)),
        new Stat("Warnings", number(t.warnings()), tone("warning", t.warnings(), g)),
        new Stat("Infos", number(t.infos()), t.infos() > 0 ? "info" : "plain"));
  }

  /** Documents per kind of source item, then skipped items per reason. */
  public List<Stat> sourceItems() {
    Totals t = report.totals();
    List<Stat> out = new ArrayList<>();
    t.documentsBySourceType()
        .forEach((k, v) -> out.add(new Stat(printable(k), number(v), "documents")));
    t.skippedByReason().forEach((k, v) -> out.add(new Stat(printable(k), number(v), "skipped")));
    return out;
  }

  private static String tone(String severity, long count, Gate gate) {
    if (count == 0) {
      return "plain";
    }
    return ReportText.atOrAbove(severity, gate.failOn()) ? "error" : "warning";
  }

  public List<InputRow> inputs() {
    List<InputRow> rows = new ArrayList<>();
    for (InputFile in : report.inputs()) {
      rows.add(
          new InputRow(
              printable(in.path()),
              ReportText.bytes(in.sizeBytes()),
              number(in.sizeBytes()) + " bytes",
              in.sha256() == null ? "—" : printable(in.sha256()),
              printable(in.format()),
              in.gzip() ? "yes" : "no",
              in.profile() == null ? "—" : printable(in.profile()),
              number(in.records()),
              in.error() == null ? null : printable(in.error())));
    }
    return rows;
  }

  public List<RuleRow> rules() {
    List<RuleRow> rows = new ArrayList<>();
    for (RuleCount r : report.rules()) {
      String listed;
      if (r.count() == 0) {
        listed = "";
      } else if (r.truncated()) {
        listed = "showing " + number(r.examples()) + " of " + number(r.count());
      } else {
        listed = "all " + number(r.examples()) + " listed";
      }
      rows.add(
          new RuleRow(
              printable(r.rule()),
              severityClass(r.severity()),
              printable(r.description()),
              number(r.count()),
              r.count() > 0,
              listed));
    }
    return rows;
  }

  public List<FindingRow> findings() {
    List<FindingRow> rows = new ArrayList<>(report.findings().size());
    for (ReportFinding f : report.findings()) {
      rows.add(
          new FindingRow(
              printable(f.rule()),
              severityClass(f.severity()),
              ReportText.severityRank(f.severity()),
              printable(f.file()),
              f.line(),
              f.byteOffset(),
              f.documentId() == null ? "" : printable(f.documentId()),
              f.field() == null ? "" : printable(f.field()),
              printable(f.message())));
    }
    return rows;
  }

  /** Rule ids that have listed findings, in report order, for the rule filter. */
  public List<String> findingRules() {
    Set<String> ids = new LinkedHashSet<>();
    for (RuleCount r : report.rules()) {
      ids.add(printable(r.rule()));
    }
    Set<String> used = new LinkedHashSet<>();
    for (ReportFinding f : report.findings()) {
      used.add(printable(f.rule()));
    }
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      if (used.remove(id)) {
        out.add(id);
      }
    }
    out.addAll(used);
    return out;
  }

  public String findingsListed() {
    return number(report.findings().size());
  }

  public String findingsTotal() {
    return number(report.totals().findings());
  }

  public boolean findingsCapped() {
    return report.findings().size() < report.totals().findings();
  }

  public String maxExamples() {
    return number(report.configuration().maxExamples());
  }

  public Chart sizeChart() {
    return Chart.of(report.histograms().documentBytes());
  }

  public Chart monthChart() {
    return Chart.of(report.histograms().createdAtMonths());
  }

  /** The scope counts as cards. */
  public List<Stat> scopes() {
    ScopeSummary s = report.scopes();
    return List.of(
        new Stat("User-scoped", number(s.userScoped()), "plain"),
        new Stat("Customer-scoped", number(s.customerScoped()), "plain"),
        new Stat("Client-scoped", number(s.clientScoped()), "plain"),
        new Stat("Distinct users", number(s.distinctUsers()), "plain"),
        new Stat("Distinct customers", number(s.distinctCustomers()), "plain"));
  }

  public List<Pair> topUsers() {
    return ids(report.scopes().topUsers());
  }

  public List<Pair> topCustomers() {
    return ids(report.scopes().topCustomers());
  }

  private static List<Pair> ids(List<IdCount> ids) {
    List<Pair> out = new ArrayList<>();
    for (IdCount id : ids) {
      out.add(new Pair(printable(id.id()), number(id.documents())));
    }
    return out;
  }

  /** General settings of the run. */
  public List<Pair> settings() {
    Configuration c = report.configuration();
    return List.of(
        new Pair("Profile requested", printable(c.profile())),
        new Pair("Fail on", printable(c.failOn())),
        new Pair("Instance", printable(c.instance())),
        new Pair("Max examples per rule", number(c.maxExamples())),
        new Pair("Identity map", c.identityMap() == null ? "none" : printable(c.identityMap())),
        new Pair("Document text in messages", c.redactText() ? "redacted" : "shown"));
  }

  /** Numeric and textual limits, sorted by name. */
  public List<Pair> limits() {
    List<Pair> out = new ArrayList<>();
    Configuration c = report.configuration();
    for (Map.Entry<String, Long> e : c.limits().entrySet()) {
      long v = e.getValue() == null ? 0 : e.getValue();
      String shown = number(v);
      if (e.getKey().toLowerCase(Locale.ROOT).endsWith("bytes") && v >= 1024) {
        shown += " (" + ReportText.bytes(v) + ")";
      }
      out.add(new Pair(printable(e.getKey()), shown));
    }
    for (Map.Entry<String, String> e : c.limitsText().entrySet()) {
      out.add(new Pair(printable(e.getKey()), printable(e.getValue())));
    }
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return out;
  }

  /** Effective severity per rule, in rule-table order; {@code value} is the CSS class too. */
  public List<Pair> severities() {
    Map<String, String> sev = report.configuration().severities();
    List<Pair> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (RuleCount r : report.rules()) {
      if (sev.containsKey(r.rule()) && seen.add(r.rule())) {
        out.add(new Pair(printable(r.rule()), severityClass(sev.get(r.rule()))));
      }
    }
    for (Map.Entry<String, String> e : sev.entrySet()) {
      if (seen.add(e.getKey())) {
        out.add(new Pair(printable(e.getKey()), severityClass(e.getValue())));
      }
    }
    return out;
  }

  /** A known severity id, or {@code unknown}: safe to use as a CSS class and a filter value. */
  static String severityClass(String severity) {
    if (severity == null) {
      return "unknown";
    }
    switch (severity) {
      case "error":
      case "warning":
      case "info":
      case "off":
        return severity;
      default:
        return "unknown";
    }
  }

  static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
