package dev.synap.preflight.reports.assemble;

import dev.synap.preflight.reports.model.Bucket;
import dev.synap.preflight.reports.model.Configuration;
import dev.synap.preflight.reports.model.Histograms;
import dev.synap.preflight.reports.model.IdCount;
import dev.synap.preflight.reports.model.InputFile;
import dev.synap.preflight.reports.model.ReportFinding;
import dev.synap.preflight.reports.model.RuleCount;
import dev.synap.preflight.reports.model.ScopeSummary;
import dev.synap.preflight.reports.model.ToolInfo;
import dev.synap.preflight.reports.model.Totals;
import dev.synap.preflight.reports.model.ValidationReport;
import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.config.Severity;
import dev.synap.preflight.validator.finding.Finding;
import dev.synap.preflight.validator.gate.ValidationGate;
import dev.synap.preflight.validator.run.InputSummary;
import dev.synap.preflight.validator.run.RuleTally;
import dev.synap.preflight.validator.run.ScopeCounts;
import dev.synap.preflight.validator.run.ValidationResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a validator result and its gate into the report model that every report format renders.
 *
 * <pre>{@code
 * ValidationResult result = new ValidationRun(options).run(files);
 * ValidationReport report =
 *     new ValidationReportAssembler(clock, tool, "auto", null)
 *         .assemble(result, ValidationGate.of(result));
 * Reports.write(report, formats, dir);
 * }</pre>
 */
public final class ValidationReportAssembler {
  private final Clock clock;
  private final ToolInfo tool;
  private final String requestedProfile;
  private final String identityMap;

  /**
   * @param clock the report's timestamp
   * @param tool the tool's name and version
   * @param requestedProfile the profile as requested ({@code auto}, a name or a file)
   * @param identityMap the identity map file as given, or null
   */
  public ValidationReportAssembler(
      Clock clock, ToolInfo tool, String requestedProfile, String identityMap) {
    this.clock = clock;
    this.tool = tool;
    this.requestedProfile = requestedProfile;
    this.identityMap = identityMap;
  }

  /** The report of {@code r} with the verdict {@code gate}. */
  public ValidationReport assemble(ValidationResult r, ValidationGate gate) {
    return new ValidationReport(
        ValidationReport.SCHEMA_VERSION,
        tool,
        ValidationReport.COMMAND_VALIDATE,
        clock.instant().toString(),
        r.durationMillis(),
        configuration(r.config()),
        inputs(r),
        new Totals(
            r.records(),
            r.documents(),
            r.count(Severity.ERROR) + r.count(Severity.WARNING) + r.count(Severity.INFO),
            r.count(Severity.ERROR),
            r.count(Severity.WARNING),
            r.count(Severity.INFO),
            r.distinctIds(),
            r.documentsBySourceType(),
            r.skippedByReason()),
        rules(r),
        findings(r),
        new dev.synap.preflight.reports.model.Gate(
            gate.failOn(), gate.passed(), gate.exitCode(), gate.reason()),
        histograms(r),
        scopes(r.scopes()));
  }

  private Configuration configuration(CheckConfig c) {
    Limits l = c.limits();
    Map<String, Long> limits = new LinkedHashMap<>();
    limits.put("documentHardBytes", l.documentHardBytes());
    limits.put("documentSoftBytes", l.documentSoftBytes());
    limits.put("metadataBytes", l.metadataBytes());
    limits.put("recordReadBytes", (long) l.recordReadBytes());
    limits.put("maxNestingDepth", (long) l.maxNestingDepth());
    limits.put("maxNumberLength", (long) l.maxNumberLength());
    limits.put("maxDecompressionRatio", (long) l.maxDecompressionRatio());
    Map<String, String> limitsText = new LinkedHashMap<>();
    limitsText.put("futureTolerance", l.futureTolerance().toString());
    limitsText.put("notBefore", l.notBefore().toString());
    Map<String, String> severities = new LinkedHashMap<>();
    for (RuleId rule : RuleId.values()) {
      severities.put(rule.id(), c.severity(rule).map(Severity::id).orElse("off"));
    }
    return new Configuration(
        requestedProfile,
        limits,
        limitsText,
        severities,
        c.failOn().id(),
        c.instance().id(),
        c.maxExamples(),
        identityMap,
        c.redactText());
  }

  private static List<InputFile> inputs(ValidationResult r) {
    List<InputFile> out = new ArrayList<>();
    for (InputSummary i : r.inputs()) {
      out.add(
          new InputFile(
              i.path(),
              i.sizeBytes(),
              i.sha256(),
              i.format(),
              i.gzip(),
              i.profile(),
              i.records(),
              i.error()));
    }
    return out;
  }

  private static List<RuleCount> rules(ValidationResult r) {
    List<RuleCount> out = new ArrayList<>();
    for (RuleTally t : r.tallies()) {
      String severity = r.config().severity(t.rule()).map(Severity::id).orElse("off");
      out.add(
          new RuleCount(
              t.rule().id(),
              severity,
              t.rule().description(),
              t.total(),
              t.errors(),
              t.warnings(),
              t.infos(),
              t.examples(),
              t.truncated()));
    }
    return out;
  }

  private static List<ReportFinding> findings(ValidationResult r) {
    List<ReportFinding> out = new ArrayList<>(r.findings().size());
    for (Finding f : r.findings()) {
      out.add(
          new ReportFinding(
              f.rule().id(),
              f.severity().id(),
              f.file(),
              f.line(),
              f.byteOffset(),
              f.documentId(),
              f.field(),
              f.message()));
    }
    return out;
  }

  private static Histograms histograms(ValidationResult r) {
    List<Bucket> sizes = new ArrayList<>();
    long[] counts = r.documentSizes();
    for (int i = 0; i < counts.length; i++) {
      sizes.add(new Bucket(ValidationResult.SIZE_LABELS.get(i), counts[i]));
    }
    List<Bucket> months = new ArrayList<>();
    r.createdMonths().forEach((month, n) -> months.add(new Bucket(month, n)));
    return new Histograms(sizes, months);
  }

  private static ScopeSummary scopes(ScopeCounts s) {
    return new ScopeSummary(
        s.userScoped(),
        s.customerScoped(),
        s.clientScoped(),
        s.distinctUsers(),
        s.distinctCustomers(),
        s.topUsers().stream().map(e -> new IdCount(e.getKey(), e.getValue())).toList(),
        s.topCustomers().stream().map(e -> new IdCount(e.getKey(), e.getValue())).toList());
  }
}
