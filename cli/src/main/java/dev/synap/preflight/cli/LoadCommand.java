package dev.synap.preflight.cli;

import dev.synap.preflight.loader.journal.AppendHook;
import dev.synap.preflight.loader.journal.ExportFingerprint;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.JournalRefusedException;
import dev.synap.preflight.loader.journal.LoadState;
import dev.synap.preflight.loader.plan.BatchPlanner;
import dev.synap.preflight.loader.plan.ExportSource;
import dev.synap.preflight.loader.plan.PlanCounts;
import dev.synap.preflight.loader.plan.PlanOptions;
import dev.synap.preflight.loader.remote.SynapIngestService;
import dev.synap.preflight.loader.run.IngestException;
import dev.synap.preflight.loader.run.LoadOptions;
import dev.synap.preflight.loader.run.LoadResult;
import dev.synap.preflight.loader.run.LoadRun;
import dev.synap.preflight.loader.run.RunInfo;
import dev.synap.preflight.loader.run.Sleeper;
import dev.synap.preflight.reports.load.LoadReport;
import dev.synap.preflight.reports.load.LoadReportWriter;
import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.CheckConfigLoader;
import dev.synap.preflight.rules.config.ConfigException;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.rules.source.Identities;
import dev.synap.preflight.synap.CallListener;
import dev.synap.preflight.validator.gate.ValidationGate;
import dev.synap.preflight.validator.run.RunOptions;
import dev.synap.preflight.validator.run.ValidationResult;
import dev.synap.preflight.validator.run.ValidationRun;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code preflight load}: validate, then bulk-load an export into Synap with a journal. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Load an export into Synap through its batch endpoint (at most 100 documents a call,"
          + " fail_fast=false), after the validator's gate passes. Every batch and every"
          + " per-document answer is journaled and forced to disk, so a load stopped at any point"
          + " (even kill -9) resumes when run again with the same --journal: nothing answered is"
          + " sent again, nothing is skipped. Polls every ingestion until it is terminal and"
          + " writes manifest.jsonl (document_id -> ingestion_id -> memory_ids) and the load"
          + " report."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every document loaded and every ingestion finished",
      "1:the gate failed (nothing sent), or documents were rejected or skipped",
      "2:usage or configuration error (journal of another export, no API key, bad URL)",
      "3:an input could not be read, the load could not finish (re-run to resume), or an"
          + " internal error"
    })
final class LoadCommand implements Callable<Integer> {
  private final Clock clock;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Export files, in load order.")
  List<Path> inputs;

  @Option(
      names = "--profile",
      paramLabel = "NAME|FILE",
      required = true,
      description =
          "How records map to Synap fields: a bundled profile name or a profile YAML file.")
  String profile;

  @Option(
      names = "--journal",
      paramLabel = "DIR",
      required = true,
      description =
          "Journal directory: created on the first run, resumed by every later run of the same"
              + " export. Holds journal.log, manifest.jsonl and the load report.")
  Path journal;

  @Mixin SynapConnection connection;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "100",
      description = "Documents per batch, 1 to 100 (Synap's limit). Default: ${DEFAULT-VALUE}.")
  int batchSize;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "4",
      description =
          "Batches (and status calls) in flight at once, 1 to 64. Default: ${DEFAULT-VALUE}.")
  int concurrency;

  @Option(
      names = "--sample",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Load only the first N documents (the migration guide suggests a test batch of 10-50"
              + " before a bulk load); the same journal then resumes with the rest. 0 = all.")
  long sample;

  @Option(
      names = "--dry-run",
      description = "Validate, map and batch without sending anything or writing the journal.")
  boolean dryRun;

  @Option(
      names = "--force",
      description =
          "Load even when the validator's gate fails (recorded in the journal and the report)."
              + " Never overrides an unreadable input.")
  boolean force;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Check configuration for the validator's gate (as for preflight validate).")
  Path config;

  @Option(
      names = "--instance",
      paramLabel = "b2c|b2b",
      description = "The target instance's user relationship (as for preflight validate).")
  String instance;

  @CommandLine.Mixin IdentityOptions identityOptions = new IdentityOptions();

  @Option(
      names = "--poll-timeout",
      paramLabel = "MINUTES",
      defaultValue = "30",
      description =
          "Stop polling ingestion status after this long; a re-run resumes polling. Default:"
              + " ${DEFAULT-VALUE}.")
  long pollTimeoutMinutes;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      description =
          "Where load-report.json and load-report.html go. Default: the journal directory.")
  Path reportDir;

  @Option(
      names = "--progress",
      paramLabel = "auto|always|never",
      defaultValue = "auto",
      description =
          "Progress on stderr (sent, accepted, rejected, rate, ETA); auto shows it only on a"
              + " terminal. Default: ${DEFAULT-VALUE}.")
  String progress;

  LoadCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadOptions options = options();
    CheckConfig checks = checks();
    Profile chosen = Profiles.resolve(profile);
    Identities identities = identityOptions.identities();
    ValidationResult validation =
        new ValidationRun(
                new RunOptions(
                    checks,
                    chosen,
                    identities.map(),
                    Runtime.getRuntime().availableProcessors(),
                    clock,
                    identities.defaultUser(),
                    identities.defaultCustomer()))
            .run(inputs);
    ValidationGate gate = ValidationGate.of(validation);
    out.println("gate: " + (gate.passed() ? "passed" : "failed") + ": " + gate.reason());
    if (gate.exitCode() == ExitCodes.INPUT_OR_INTERNAL) {
      return gate.exitCode();
    }
    if (!gate.passed() && !force) {
      out.println("nothing sent: fix the findings (preflight validate lists them) or pass --force");
      return ExitCodes.GATE_FAILED;
    }
    boolean forced = !gate.passed();
    String gateText = (gate.passed() ? "passed: " : "failed: ") + gate.reason();
    ExportSource source = new ExportSource(inputs, chosen, checks.limits(), identities);
    if (dryRun) {
      return dryRun(out, source, options);
    }
    JournalRecord.Header header =
        new JournalRecord.Header(
            1,
            VersionInfo.version(),
            clock.instant().toString(),
            chosen.name(),
            ExportFingerprint.of(inputs),
            optionMap());
    SynapIngestService service = connection.service(CallListener.NONE);
    Instant start = clock.instant();
    LoadResult result;
    try (Journal j = Journal.openForExport(journal, header, AppendHook.NONE);
        LoadProgressLine line = LoadProgressLine.start(progress, err)) {
      result =
          new LoadRun(j, service, options, clock, Sleeper.SYSTEM, line)
              .run(source, new RunInfo(forced, gateText, optionMap()), validation.documents());
    } catch (JournalException e) {
      err.println("preflight: " + e.getMessage());
      return e instanceof JournalRefusedException ? ExitCodes.USAGE : ExitCodes.INPUT_OR_INTERNAL;
    } catch (IngestException e) {
      err.println("preflight: load stopped, Synap answered: " + e.getMessage());
      err.println("preflight: everything so far is journaled; run the same command to resume");
      return e.kind() == IngestException.Kind.FATAL ? ExitCodes.USAGE : ExitCodes.INPUT_OR_INTERNAL;
    }
    LoadReport report =
        new LoadReportAssembler(journal, Journal.readOnly(journal), start, clock.instant())
            .load(result, forced, gateText);
    List<Path> written = LoadReportWriter.write(report, reportDir != null ? reportDir : journal);
    printSummary(out, result, written);
    if (!result.complete()) {
      return ExitCodes.INPUT_OR_INTERNAL;
    }
    return result.tally().rejected() + result.tally().skipped() > 0
        ? ExitCodes.GATE_FAILED
        : ExitCodes.PASSED;
  }

  private int dryRun(PrintWriter out, ExportSource source, LoadOptions options) throws Exception {
    LoadState state =
        Files.isRegularFile(journal.resolve(Journal.FILE))
            ? Journal.readOnly(journal)
            : new LoadState();
    PlanCounts c = BatchPlanner.dryRun(source, state, options.plan());
    out.println(
        "dry run: "
            + c.read()
            + " documents read, "
            + c.planned()
            + " to send in "
            + c.batches()
            + " batches ("
            + c.resent()
            + " in flight before), "
            + c.alreadyAnswered()
            + " already answered, "
            + c.skipped()
            + " skipped; nothing sent");
    return ExitCodes.PASSED;
  }

  private LoadOptions options() {
    if (batchSize < 1 || batchSize > PlanOptions.MAX_BATCH) {
      throw new ConfigException("--batch-size must be 1 to 100 (Synap's limit), got " + batchSize);
    }
    if (sample < 0 || pollTimeoutMinutes < 1) {
      throw new ConfigException("--sample must be 0 or more and --poll-timeout 1 or more");
    }
    LoadOptions d = LoadOptions.defaults();
    return new LoadOptions(
        new PlanOptions(batchSize, sample),
        RollbackCommand.checkConcurrency(concurrency),
        d.batchAttempts(),
        d.retryBackoff(),
        d.pollInterval(),
        d.pollMaxInterval(),
        Duration.ofMinutes(pollTimeoutMinutes));
  }

  private CheckConfig checks() {
    CheckConfig c = config == null ? CheckConfig.defaults() : CheckConfigLoader.load(config);
    return instance == null ? c : c.withInstance(Instance.parse(instance));
  }

  private Map<String, String> optionMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("base-url", connection.baseUrl());
    m.put("batch-size", Integer.toString(batchSize));
    m.put("concurrency", Integer.toString(concurrency));
    m.put("sample", Long.toString(sample));
    m.put("force", Boolean.toString(force));
    return m;
  }

  private static void printSummary(PrintWriter out, LoadResult r, List<Path> written) {
    var t = r.tally();
    out.println(
        "load: "
            + t.sent()
            + " sent, "
            + t.accepted()
            + " accepted ("
            + t.byConflict()
            + " by duplicate-id conflict on resume), "
            + t.rejected()
            + " rejected, "
            + t.completed()
            + " completed, "
            + t.failed()
            + " failed, "
            + t.skipped()
            + " skipped");
    r.problems().forEach(p -> out.println("  not complete: " + p));
    written.forEach(p -> out.println("report: " + p));
  }
}
