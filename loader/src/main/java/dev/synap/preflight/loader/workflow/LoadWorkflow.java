package dev.synap.preflight.loader.workflow;

import dev.synap.preflight.loader.catchup.CatchUp;
import dev.synap.preflight.loader.catchup.CatchUpBasis;
import dev.synap.preflight.loader.catchup.CatchUpChecks;
import dev.synap.preflight.loader.catchup.CatchUpPlan;
import dev.synap.preflight.loader.catchup.CatchUpSummary;
import dev.synap.preflight.loader.diff.DiffProgress;
import dev.synap.preflight.loader.journal.AppendHook;
import dev.synap.preflight.loader.journal.ExportFile;
import dev.synap.preflight.loader.journal.ExportFingerprint;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.LoadState;
import dev.synap.preflight.loader.plan.BatchPlanner;
import dev.synap.preflight.loader.plan.ExportSource;
import dev.synap.preflight.loader.plan.LoadPlan;
import dev.synap.preflight.loader.plan.PlanCounts;
import dev.synap.preflight.loader.run.IngestService;
import dev.synap.preflight.loader.run.LoadOptions;
import dev.synap.preflight.loader.run.LoadResult;
import dev.synap.preflight.loader.run.LoadRun;
import dev.synap.preflight.loader.run.MemoryFinder;
import dev.synap.preflight.loader.run.ProgressFile;
import dev.synap.preflight.loader.run.ProgressListener;
import dev.synap.preflight.loader.run.Retirer;
import dev.synap.preflight.loader.run.RunInfo;
import dev.synap.preflight.loader.run.Sleeper;
import dev.synap.preflight.loader.run.Timeline;
import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.source.Identities;
import dev.synap.preflight.validator.gate.ValidationGate;
import dev.synap.preflight.validator.run.InputSummary;
import dev.synap.preflight.validator.run.RunOptions;
import dev.synap.preflight.validator.run.ValidationResult;
import dev.synap.preflight.validator.run.ValidationRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A load from export files to Synap: validate → gate → plan → journal header → run → report → exit
 * code. Nothing is sent when the gate fails (unless forced) or for a dry run; the plan is handed to
 * the listener before anything is sent. Failures that stop the run ({@link JournalException},
 * {@link dev.synap.preflight.loader.run.IngestException}) are thrown with everything so far
 * journaled: running the same workflow again resumes.
 */
public final class LoadWorkflow {
  /** Exit code: every document loaded and every tracked ingestion finished. */
  public static final int PASSED = 0;

  /** Exit code: the gate failed (nothing sent), or documents were rejected or skipped. */
  public static final int FAILED = 1;

  /** Exit code: an input could not be read, or the load could not finish (run it again). */
  public static final int UNFINISHED = 3;

  private final Settings settings;
  private final Clock clock;

  /**
   * What a load is of and how it runs.
   *
   * @param inputs the export files, in load order
   * @param profile the profile they are read through
   * @param checks the validator's configuration (its gate, limits and instance)
   * @param identities identity map and default user/customer
   * @param journal the journal directory
   * @param options batching, concurrency, polling and tracking
   * @param force load even when the gate fails (journaled)
   * @param rateLimitPerMinute the client's limit, for the plan (0: none)
   * @param tool the preflight version, for a new journal's header
   * @param runOptions this run's options as text, journaled (never a secret)
   * @param since for a catch-up, the journal of the load it follows (null: a first load)
   * @param deleteRemoved for a catch-up, delete the memories of documents the export no longer has
   */
  public record Settings(
      List<Path> inputs,
      Profile profile,
      CheckConfig checks,
      Identities identities,
      Path journal,
      LoadOptions options,
      boolean force,
      int rateLimitPerMinute,
      String tool,
      Map<String, String> runOptions,
      Path since,
      boolean deleteRemoved) {

    /** Copies the collections. */
    public Settings {
      inputs = List.copyOf(inputs);
      runOptions = Map.copyOf(runOptions);
    }
  }

  /** Hears what a user is told, in order. Every method may be left out. */
  public interface Listener {
    /** The gate's verdict, before anything else. */
    default void gate(ValidationGate gate) {}

    /** The plan, before anything is sent. */
    default void plan(LoadPlan plan) {}

    /**
     * Hears a catch-up's comparison of the new export with the chain of journals as it reads (the
     * first thing a catch-up does after the gate); {@link #catchUp} follows when it is done.
     */
    default DiffProgress catchUpProgress() {
      return DiffProgress.NONE;
    }

    /** A catch-up's plan next to a full reload's, before the load's own plan. */
    default void catchUp(CatchUpPlan plan) {}

    /** What a catch-up retired, once its load ended. */
    default void catchUpDone(CatchUpSummary summary) {}

    /** Progress of the run (from several threads). */
    default ProgressListener progress() {
      return ProgressListener.NONE;
    }
  }

  /** Writes the report of a finished load; returns the files written. */
  @FunctionalInterface
  public interface ReportSink {
    List<Path> write(Loaded loaded) throws IOException;
  }

  /** How a workflow ended. */
  public sealed interface Outcome {
    /** The exit code the command line returns. */
    int exitCode();
  }

  /**
   * Nothing sent: an input could not be read (exit 3) or the gate failed without {@code force}.
   *
   * @param gate the verdict
   */
  public record Refused(ValidationGate gate) implements Outcome {
    @Override
    public int exitCode() {
      return gate.exitCode() == ValidationGate.UNREADABLE ? UNFINISHED : FAILED;
    }
  }

  /**
   * A dry run: planned, nothing sent, no journal written.
   *
   * @param gate the verdict
   * @param plan the plan
   * @param counts what planning read, would send and skip
   */
  public record Planned(ValidationGate gate, LoadPlan plan, PlanCounts counts) implements Outcome {
    @Override
    public int exitCode() {
      return PASSED;
    }
  }

  /**
   * A load that ran.
   *
   * @param gate the verdict
   * @param forced whether it ran past a failed gate
   * @param plan the plan it printed
   * @param result what it achieved
   * @param timeline samples of its progress
   * @param start when the run started
   * @param end when it ended
   * @param state the journal's state at the end (what a report reads, without reading it again)
   * @param reports the report files written
   */
  public record Loaded(
      ValidationGate gate,
      boolean forced,
      LoadPlan plan,
      LoadResult result,
      List<Timeline.Sample> timeline,
      Instant start,
      Instant end,
      LoadState state,
      List<Path> reports)
      implements Outcome {

    /** The gate as the journal and the report state it. */
    public String gateText() {
      return (gate.passed() ? "passed: " : "failed: ") + gate.reason();
    }

    @Override
    public int exitCode() {
      if (!result.complete()) {
        return UNFINISHED;
      }
      return result.tally().rejected() + result.tally().skipped() > 0 ? FAILED : PASSED;
    }
  }

  /** A workflow over {@code settings}. */
  public LoadWorkflow(Settings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** Validates, applies the gate and plans, sending nothing and writing no journal. */
  public Outcome dryRun(Listener listener) throws Exception {
    ValidationResult validation = validate();
    ValidationGate gate = ValidationGate.of(validation);
    listener.gate(gate);
    if (!proceeds(gate)) {
      return new Refused(gate);
    }
    LoadState state = existingState();
    CatchUpBasis basis = catchUpBasis(listener);
    PlanCounts c =
        basis == null
            ? BatchPlanner.dryRun(source(), state, settings.options().plan())
            : BatchPlanner.dryRun(
                source(), state, settings.options().plan(), d -> CatchUp.sends(basis.chain(), d));
    LoadPlan plan = plan(c.planned(), state);
    listener.plan(plan);
    return new Planned(gate, plan, c);
  }

  /**
   * Validates, applies the gate, plans, then loads through {@code service}; documents loaded by a
   * duplicate-id conflict are searched for with {@code finder} (null: not searched).
   */
  public Outcome run(
      IngestService service, MemoryFinder finder, Listener listener, ReportSink reports)
      throws Exception {
    ValidationResult validation = validate();
    ValidationGate gate = ValidationGate.of(validation);
    listener.gate(gate);
    if (!proceeds(gate)) {
      return new Refused(gate);
    }
    boolean forced = !gate.passed();
    LoadState before = existingState();
    CatchUpBasis basis = catchUpBasis(listener);
    long sample = settings.options().plan().sample();
    long all = basis == null ? validation.documents() : basis.toSend();
    long documents = sample > 0 ? Math.min(sample, all) : all;
    long answered =
        before.tally().accepted() + before.tally().rejected() + before.tally().skipped();
    LoadPlan plan = plan(Math.max(0, documents - answered), before);
    listener.plan(plan);
    JournalRecord.Header header =
        new JournalRecord.Header(
            basis == null ? JournalRecord.Header.LOAD_FORMAT : JournalRecord.Header.CATCH_UP_FORMAT,
            settings.tool(),
            clock.instant().toString(),
            settings.profile().name(),
            fingerprint(validation),
            settings.runOptions(),
            basis == null ? null : basis.since().toString());
    Instant start = clock.instant();
    LoadResult result;
    Timeline timeline;
    LoadState state;
    try (Journal j = Journal.openForExport(settings.journal(), header, AppendHook.NONE)) {
      CatchUpChecks.sameSince(settings.journal(), j.state(), header);
      timeline =
          new Timeline(clock, service, new ProgressFile(settings.journal(), listener.progress()));
      LoadRun run = new LoadRun(j, service, settings.options(), clock, Sleeper.SYSTEM, timeline);
      if (finder != null) {
        run.resolvingConflictsWith(finder);
      }
      CatchUp catchUp = null;
      if (basis != null) {
        catchUp =
            new CatchUp(
                basis.chain(),
                new Retirer(j, service, settings.options(), clock, Sleeper.SYSTEM),
                settings.deleteRemoved() ? basis.removedIds() : List.of());
        run.catchingUp(catchUp);
      }
      String gateText = (gate.passed() ? "passed: " : "failed: ") + gate.reason();
      result = run.run(source(), new RunInfo(forced, gateText, settings.runOptions()), all);
      if (catchUp != null) {
        listener.catchUpDone(CatchUpSummary.of(j.state(), basis, catchUp.problems()));
      }
      state = j.state();
    }
    Loaded loaded =
        new Loaded(
            gate,
            forced,
            plan,
            result,
            timeline.samples(),
            start,
            clock.instant(),
            state,
            List.of());
    List<Path> written = reports.write(loaded);
    return new Loaded(
        gate, forced, plan, result, loaded.timeline(), start, loaded.end(), state, written);
  }

  /** The chain and diff of a catch-up (null for a first load), its plan handed to the listener. */
  private CatchUpBasis catchUpBasis(Listener listener) throws JournalException, IOException {
    if (settings.since() == null) {
      return null;
    }
    CatchUpBasis basis =
        CatchUpBasis.of(
            settings.since(),
            settings.journal(),
            settings.inputs(),
            settings.profile(),
            settings.checks().limits(),
            settings.identities(),
            listener.catchUpProgress());
    listener.catchUp(
        CatchUpPlan.of(
            basis,
            settings.deleteRemoved(),
            settings.options().plan().batchSize(),
            settings.rateLimitPerMinute(),
            existingState()));
    return basis;
  }

  private boolean proceeds(ValidationGate gate) {
    return gate.exitCode() != ValidationGate.UNREADABLE && (gate.passed() || settings.force());
  }

  private ValidationResult validate() {
    Identities id = settings.identities();
    return new ValidationRun(
            new RunOptions(
                settings.checks(),
                settings.profile(),
                id.map(),
                Runtime.getRuntime().availableProcessors(),
                clock,
                id.defaultUser(),
                id.defaultCustomer()))
        .run(settings.inputs());
  }

  /**
   * The export's fingerprint for the journal header: the SHA-256 the gate's validation took of
   * every file as it read it (so the journal names exactly what was validated), or the files hashed
   * again when the validation could not read one to its end.
   */
  private List<ExportFile> fingerprint(ValidationResult validation) throws IOException {
    List<InputSummary> read = validation.inputs();
    boolean whole =
        read.size() == settings.inputs().size()
            && read.stream().allMatch(i -> i.sha256() != null && i.error() == null);
    if (!whole) {
      return ExportFingerprint.of(settings.inputs());
    }
    return read.stream().map(i -> new ExportFile(i.path(), i.sizeBytes(), i.sha256())).toList();
  }

  private ExportSource source() {
    return new ExportSource(
        settings.inputs(), settings.profile(), settings.checks().limits(), settings.identities());
  }

  private LoadState existingState() throws JournalException {
    return Files.isRegularFile(settings.journal().resolve(Journal.FILE))
        ? Journal.readOnly(settings.journal())
        : new LoadState();
  }

  private LoadPlan plan(long toSend, LoadState state) {
    LoadOptions o = settings.options();
    return LoadPlan.of(toSend, o.plan(), o.track(), settings.rateLimitPerMinute(), state);
  }
}
