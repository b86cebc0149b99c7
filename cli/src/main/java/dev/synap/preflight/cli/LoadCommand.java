package dev.synap.preflight.cli;

import dev.synap.preflight.loader.catchup.CatchUpPlan;
import dev.synap.preflight.loader.catchup.CatchUpSummary;
import dev.synap.preflight.loader.diff.DiffProgress;
import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.loader.journal.JournalRefusedException;
import dev.synap.preflight.loader.plan.LoadPlan;
import dev.synap.preflight.loader.plan.PlanCounts;
import dev.synap.preflight.loader.plan.PlanOptions;
import dev.synap.preflight.loader.remote.SynapIngestService;
import dev.synap.preflight.loader.remote.SynapMemoryFinder;
import dev.synap.preflight.loader.run.IngestException;
import dev.synap.preflight.loader.run.LoadOptions;
import dev.synap.preflight.loader.run.LoadResult;
import dev.synap.preflight.loader.run.ProgressListener;
import dev.synap.preflight.loader.track.TrackPolicy;
import dev.synap.preflight.loader.workflow.LoadWorkflow;
import dev.synap.preflight.reports.load.LoadReport;
import dev.synap.preflight.reports.load.LoadReportWriter;
import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.CheckConfigLoader;
import dev.synap.preflight.rules.config.ConfigException;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.synap.CallListener;
import dev.synap.preflight.validator.gate.ValidationGate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
          + " sent again, nothing is skipped. Prints its plan first: requests and time at the"
          + " rate limit for sending, tracking and a later rollback (sending, tracking and"
          + " rollback share one request budget). Tracks a seeded sample of ingestions (and every"
          + " unclear answer) to their memory ids by default, every one with --track all, and"
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
  private LoadReport lastReport;
  private final List<String> catchUpLines = new java.util.ArrayList<>();
  private DiffProgressGauge diffGauge;
  private ProgressBar diffBar;

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

  @Option(
      names = "--since",
      paramLabel = "DIR",
      description =
          "Catch-up: bring Synap level with a new export of the source after the load journaled"
              + " in DIR (a first load or an earlier catch-up). Sends only documents added or"
              + " changed since (as preflight diff reports them) into the new --journal, which"
              + " names DIR; removed documents are listed, and deleted only with"
              + " --delete-removed. A changed document the service refuses as a duplicate id"
              + " (Synap's conflict policy) has its earlier version's memories deleted, then is"
              + " sent again; under upsert the service replaces it. Resume with the same --since"
              + " and --journal; rollback of the new journal undoes this catch-up only.")
  Path since;

  @Option(
      names = "--delete-removed",
      description =
          "With --since: delete the memories of documents the earlier load(s) sent that the new"
              + " export no longer has (as rollback deletes them, journaled), before sending.")
  boolean deleteRemoved;

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
      defaultValue = "8",
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
      description =
          "Validate, map, batch and print the plan (requests and time at the rate limit for"
              + " sending, tracking and a later rollback) without sending anything or writing the"
              + " journal.")
  boolean dryRun;

  @Option(
      names = "--track",
      paramLabel = "all|sample[:N[:SEED]]|none",
      description =
          "Which ingestions to poll to their memory ids (one status request each; Synap has no"
              + " status by batch). sample: a seeded sample of N documents (default "
              + TrackPolicy.DEFAULT_SAMPLE
              + ") plus every unclear answer (a duplicate-id conflict after a crash); all: every"
              + " document (exact memory ids for all; a re-run with --track all on the same"
              + " journal sends nothing again and tracks the rest); none: no polling. Default:"
              + " sample, or all with --sample N (a test batch is tracked whole). Rollback polls"
              + " what is untracked before deleting; verify --journal counts it as not covered.")
  String track;

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
    if (deleteRemoved && since == null) {
      throw new ConfigException(
          "--delete-removed needs --since (it deletes what a catch-up removes)");
    }
    Profile chosen = Profiles.resolve(profile);
    LoadWorkflow workflow =
        new LoadWorkflow(
            new LoadWorkflow.Settings(
                inputs,
                chosen,
                checks(),
                identityOptions.identities(),
                journal,
                options(),
                force,
                connection.rateLimitPerMinute(),
                VersionInfo.version(),
                optionMap(),
                since,
                deleteRemoved),
            clock);
    if (dryRun) {
      return dryRun(out, workflow);
    }
    SynapIngestService service = connection.service(CallListener.NONE);
    LoadWorkflow.Outcome outcome;
    try (LoadProgressLine line = LoadProgressLine.start(progress, err)) {
      outcome =
          workflow.run(
              service,
              new SynapMemoryFinder(service.client()),
              listener(out, line),
              loaded -> writeReport(loaded, chosen));
    } catch (JournalException e) {
      err.println("preflight: " + e.getMessage());
      return e instanceof JournalRefusedException ? ExitCodes.USAGE : ExitCodes.INPUT_OR_INTERNAL;
    } catch (IngestException e) {
      err.println("preflight: load stopped, Synap answered: " + e.getMessage());
      err.println("preflight: everything so far is journaled; run the same command to resume");
      return e.kind() == IngestException.Kind.FATAL ? ExitCodes.USAGE : ExitCodes.INPUT_OR_INTERNAL;
    } finally {
      closeDiffBar();
    }
    if (outcome instanceof LoadWorkflow.Refused r) {
      refused(out, r);
    } else if (outcome instanceof LoadWorkflow.Loaded l) {
      printSummary(out, l.result(), l.reports());
      if (lastReport != null) {
        List<String> problems = ProblemLines.load(lastReport);
        ProblemLines.print(
            out,
            "Documents not loaded",
            problems,
            problems.size(),
            "load-report.json lists them all");
      }
    }
    return outcome.exitCode();
  }

  private LoadWorkflow.Listener listener(PrintWriter out, ProgressListener line) {
    return new LoadWorkflow.Listener() {
      @Override
      public void gate(ValidationGate gate) {
        out.println("gate: " + (gate.passed() ? "passed" : "failed") + ": " + gate.reason());
      }

      @Override
      public DiffProgress catchUpProgress() {
        diffGauge = new DiffProgressGauge(inputs);
        diffBar = ProgressBar.start(progress, diffGauge, spec.commandLine().getErr());
        return diffGauge;
      }

      @Override
      public void catchUp(CatchUpPlan plan) {
        closeDiffBar();
        catchUpLines.addAll(plan.lines());
        plan.lines().forEach(out::println);
        out.flush();
      }

      @Override
      public void plan(LoadPlan plan) {
        plan.lines().forEach(out::println);
        out.flush();
      }

      @Override
      public void catchUpDone(CatchUpSummary summary) {
        List<String> lines = CatchUpLines.of(summary, deleteRemoved);
        catchUpLines.addAll(lines);
        lines.forEach(out::println);
      }

      @Override
      public ProgressListener progress() {
        return line;
      }
    };
  }

  /** Ends the catch-up's comparison bar (its last state drawn), once. */
  private void closeDiffBar() {
    if (diffBar != null) {
      diffGauge.finished();
      diffBar.close();
      diffBar = null;
    }
  }

  private static void refused(PrintWriter out, LoadWorkflow.Refused r) {
    if (r.gate().exitCode() != ValidationGate.UNREADABLE) {
      out.println("nothing sent: fix the findings (preflight validate lists them) or pass --force");
    }
  }

  private List<Path> writeReport(LoadWorkflow.Loaded l, Profile chosen) throws IOException {
    LoadReport report =
        new LoadReportAssembler(journal, l.state(), l.start(), l.end())
            .load(
                l.result(),
                l.forced(),
                l.gateText(),
                catchUpLines,
                l.plan(),
                l.timeline(),
                nextSteps(chosen));
    lastReport = report;
    return LoadReportWriter.write(report, reportDir != null ? reportDir : journal);
  }

  private int dryRun(PrintWriter out, LoadWorkflow workflow) throws Exception {
    LoadWorkflow.Outcome outcome;
    try {
      outcome = workflow.dryRun(listener(out, ProgressListener.NONE));
    } finally {
      closeDiffBar();
    }
    if (outcome instanceof LoadWorkflow.Refused r) {
      refused(out, r);
      return outcome.exitCode();
    }
    PlanCounts c = ((LoadWorkflow.Planned) outcome).counts();
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
            + (c.unchanged() > 0 ? c.unchanged() + " unchanged since --since, " : "")
            + c.skipped()
            + " skipped; nothing sent");
    return outcome.exitCode();
  }

  private List<String> nextSteps(Profile chosen) {
    String export =
        " --profile "
            + chosen.name()
            + inputs.stream().map(p -> " " + p).reduce("", String::concat);
    String where =
        (since == null ? "" : " --since " + since)
            + (deleteRemoved ? " --delete-removed" : "")
            + " --journal "
            + journal
            + " --base-url "
            + connection.baseUrl();
    return List.of(
        "resume (sends only what has no answer, polls what is tracked): preflight load"
            + where
            + export,
        "track every document to its memory ids (sends nothing again): preflight load"
            + where
            + export
            + " --track all",
        (since == null
                ? "roll back (polls untracked documents, then deletes every memory): preflight"
                    + " rollback"
                : "roll back this catch-up only (deletes the memories it created; what it deleted"
                    + " is not restored): preflight rollback")
            + " --journal "
            + journal
            + " --base-url "
            + connection.baseUrl()
            + export);
  }

  private LoadOptions options() {
    if (batchSize < 1 || batchSize > PlanOptions.MAX_BATCH) {
      throw new ConfigException("--batch-size must be 1 to 100 (Synap's limit), got " + batchSize);
    }
    if (sample < 0 || pollTimeoutMinutes < 1) {
      throw new ConfigException("--sample must be 0 or more and --poll-timeout 1 or more");
    }
    LoadOptions d = LoadOptions.defaults();
    TrackPolicy policy;
    try {
      policy =
          track != null
              ? TrackPolicy.parse(track)
              : sample > 0
                  ? TrackPolicy.all()
                  : TrackPolicy.sample(TrackPolicy.DEFAULT_SAMPLE, TrackPolicy.DEFAULT_SEED);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
    return new LoadOptions(
        new PlanOptions(batchSize, sample),
        RollbackCommand.checkConcurrency(concurrency),
        d.batchAttempts(),
        d.retryBackoff(),
        d.pollInterval(),
        d.pollMaxInterval(),
        Duration.ofMinutes(pollTimeoutMinutes),
        policy);
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
    m.put("rate-limit", Integer.toString(connection.rateLimitPerMinute()));
    if (since != null) {
      m.put("since", since.toAbsolutePath().normalize().toString());
      m.put("delete-removed", Boolean.toString(deleteRemoved));
    }
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
    var tr = r.tracking();
    out.println(
        "tracking: "
            + tr.tracked()
            + " document(s) tracked (--track "
            + tr.policy().text()
            + "): "
            + tr.known()
            + " with known memory ids, "
            + tr.awaiting()
            + " still awaiting; "
            + tr.untracked()
            + " untracked"
            + (tr.unresolved() > 0
                ? ", " + tr.unresolved() + " loaded by conflict with memories not found"
                : ""));
    if (tr.awaiting() > 0 && !tr.policy().tracksAll()) {
      out.println(
          "  "
              + tr.awaiting()
              + " sampled ingestion(s) still queued at the service: preflight status shows them,"
              + " the next run of this load polls them");
    }
    out.println("  " + tr.rollbackPromise());
    out.println("  " + tr.verifyPromise());
    double seconds = Math.max(0.001, r.elapsed().toMillis() / 1000.0);
    out.println(
        String.format(
            Locale.ROOT,
            "requests: %d in %.1fs (%.1f/s), %d answered 429",
            r.requests(),
            seconds,
            r.requests() / seconds,
            r.rateLimited()));
    r.unresolved().forEach(u -> out.println("  unresolved: " + u));
    r.problems().forEach(p -> out.println("  not complete: " + p));
    written.forEach(p -> out.println("report: " + p));
  }
}
