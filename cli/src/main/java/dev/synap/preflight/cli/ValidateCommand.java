package dev.synap.preflight.cli;

import dev.synap.preflight.reports.ReportFormat;
import dev.synap.preflight.reports.Reports;
import dev.synap.preflight.reports.assemble.ValidationReportAssembler;
import dev.synap.preflight.reports.model.ToolInfo;
import dev.synap.preflight.reports.model.ValidationReport;
import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.CheckConfigLoader;
import dev.synap.preflight.rules.config.ConfigException;
import dev.synap.preflight.rules.config.IdentityMap;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.config.Severity;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.validator.gate.ValidationGate;
import dev.synap.preflight.validator.run.RunOptions;
import dev.synap.preflight.validator.run.ValidationResult;
import dev.synap.preflight.validator.run.ValidationRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code preflight validate}: check exports before loading, write reports, gate with the exit code.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Validate export files before a migration into Synap: missing fields, encoding problems,"
          + " oversized documents, duplicate and conflicting ids, bad timestamps, scope and"
          + " identity errors. Streams any size of input; every finding is pinned to file, line"
          + " and byte offset.",
      "",
      "Inputs may be JSON Lines, a JSON array, a JSON object holding a record array (e.g."
          + " {\"records\": [...]}), or CSV with a header; each may be gzip-compressed."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:gate passed",
      "1:gate failed (findings at or above --fail-on)",
      "2:usage or configuration error",
      "3:an input could not be read (fully), or an internal error"
    })
final class ValidateCommand implements Callable<Integer> {
  private final Clock clock;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Export files to validate (.jsonl, .ndjson, .json, .csv, each optionally .gz).")
  List<Path> inputs;

  @Option(
      names = "--profile",
      paramLabel = "NAME|auto|FILE",
      defaultValue = "auto",
      description =
          "How records map to Synap documents: a bundled profile (generic, synap, mem0, zep,"
              + " letta, supermemory, langgraph, chat-jsonl; see 'preflight profiles'), a profile"
              + " YAML file, or auto to choose per file from its first value. Default:"
              + " ${DEFAULT-VALUE}.")
  String profile;

  @Option(
      names = "--user-id",
      paramLabel = "ID",
      description =
          "Synap user_id for documents whose export has none (Letta .af files carry no user).")
  String userId;

  @Option(
      names = "--customer-id",
      paramLabel = "ID",
      description = "Synap customer_id for documents whose export has none.")
  String customerId;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "YAML check configuration: limits, per-rule severities (error|warning|info|off), gate,"
              + " instance, max-examples. See README for every key.")
  Path config;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      defaultValue = "preflight-report",
      description = "Where reports are written. Default: ${DEFAULT-VALUE}.")
  Path reportDir;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      split = ",",
      defaultValue = "json,html",
      description =
          "Report formats, comma-separated: json, html, junit, sarif, md. Default:"
              + " ${DEFAULT-VALUE}.")
  List<String> formats;

  @Option(
      names = "--fail-on",
      paramLabel = "error|warning",
      description =
          "Lowest severity that fails the gate (exit 1). Default: error, or the config file's"
              + " gate.fail-on.")
  String failOn;

  @Option(
      names = "--identity-map",
      paramLabel = "FILE",
      description =
          "Known identities (CSV source_id,user_id,customer_id or YAML users/customers). Users"
              + " and customers missing from it become unknown-identity findings.")
  Path identityMap;

  @Option(
      names = "--instance",
      paramLabel = "b2c|b2b",
      description =
          "The target Synap instance's user relationship; b2b rejects user_id without"
              + " customer_id. Default: b2c, or the config file's instance.")
  String instance;

  @Option(
      names = "--max-examples",
      paramLabel = "N",
      description =
          "Findings listed per rule in the reports (counts stay exact). Default: 1000, or the"
              + " config file's max-examples.")
  Integer maxExamples;

  @Option(
      names = "--redact",
      description =
          "Leave document and metadata text out of finding messages, for audits that must not"
              + " carry personal data; ids, field names, positions and counts stay. Default: off,"
              + " or the config file's redact-text.")
  boolean redact;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads that decode and check records. Default: the number of cores.")
  Integer threads;

  @Option(
      names = "--progress",
      paramLabel = "auto|always|never",
      defaultValue = "auto",
      description =
          "Progress bar on stderr (bytes, records/s, ETA); auto shows it only on a terminal."
              + " Default: ${DEFAULT-VALUE}.")
  String progress;

  ValidateCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException {
    CheckConfig checks = effectiveConfig();
    Profile chosen = "auto".equals(profile) ? null : Profiles.resolve(profile);
    IdentityMap identities = identityMap == null ? null : IdentityMap.load(identityMap);
    Set<ReportFormat> reportFormats = reportFormats();
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (workers < 1) {
      throw new ConfigException("--threads must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ValidationRun run =
        new ValidationRun(
            new RunOptions(checks, chosen, identities, workers, clock, userId, customerId));
    ValidationResult result;
    try (ProgressBar bar = ProgressBar.start(progress, run.progress(), err)) {
      result = run.run(inputs);
    }
    ValidationGate gate = ValidationGate.of(result);
    ValidationReport report =
        new ValidationReportAssembler(
                clock,
                new ToolInfo(VersionInfo.NAME, VersionInfo.version()),
                profile,
                identityMap == null ? null : identityMap.toString())
            .assemble(result, gate);
    List<Path> written = Reports.write(report, reportFormats, reportDir);
    new ConsoleSummary(out).print(result, gate, written);
    for (String problem : result.internalErrors()) {
      err.println("preflight: internal error: " + problem);
    }
    return gate.exitCode();
  }

  private CheckConfig effectiveConfig() {
    CheckConfig c = config == null ? CheckConfig.defaults() : CheckConfigLoader.load(config);
    if (failOn != null) {
      Severity s = Severity.parse(failOn);
      if (s == Severity.INFO) {
        throw new ConfigException("--fail-on takes error or warning");
      }
      c = c.withFailOn(s);
    }
    if (instance != null) {
      c = c.withInstance(Instance.parse(instance));
    }
    if (redact) {
      c = c.withRedactText(true);
    }
    if (maxExamples != null) {
      if (maxExamples < 0) {
        throw new ConfigException("--max-examples must not be negative");
      }
      c = c.withMaxExamples(maxExamples);
    }
    return c;
  }

  private Set<ReportFormat> reportFormats() {
    Set<ReportFormat> out = EnumSet.noneOf(ReportFormat.class);
    for (String f : formats) {
      out.add(ReportFormat.parse(f.trim()));
    }
    return out;
  }
}
