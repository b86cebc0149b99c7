package dev.synap.preflight.cli;

import dev.synap.preflight.loader.journal.ExportFingerprint;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.JournalRefusedException;
import dev.synap.preflight.loader.plan.ExportSource;
import dev.synap.preflight.loader.plan.LoadPlan;
import dev.synap.preflight.loader.remote.SynapIngestService;
import dev.synap.preflight.loader.remote.SynapMemoryFinder;
import dev.synap.preflight.loader.run.IngestException;
import dev.synap.preflight.loader.run.LoadOptions;
import dev.synap.preflight.loader.run.Rollback;
import dev.synap.preflight.loader.run.RollbackResult;
import dev.synap.preflight.loader.run.RunInfo;
import dev.synap.preflight.loader.run.Sleeper;
import dev.synap.preflight.reports.load.LoadReport;
import dev.synap.preflight.reports.load.LoadReportWriter;
import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.ConfigException;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.synap.CallListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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

/** {@code preflight rollback}: delete every memory a load created, from its journal. */
@Command(
    name = "rollback",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Delete every memory the journal says this load created. Ingestions still running are"
          + " polled first. Every delete is journaled, so a rollback stopped at any point resumes"
          + " where it stopped when run again. Given the export (INPUT... and --profile, checked"
          + " against the journal's SHA-256), the memories of documents the journal cannot name"
          + " memories for (the answer to their send was lost) are searched for in their scope"
          + " with their text, and those whose source_document_id is the document are deleted"
          + " too. Reports what it could not delete and the documents whose memories were not"
          + " found."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every memory of the load is deleted",
      "1:some memories could not be deleted or cannot be named (see the report)",
      "2:usage or configuration error (no journal, no API key, bad URL, an export or profile"
          + " other than the journal's)",
      "3:the journal is unreadable, or an internal error"
    })
final class RollbackCommand implements Callable<Integer> {
  private final Clock clock;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "INPUT",
      description =
          "The export files the load read, in the same order (optional): with them, the memories"
              + " of documents the journal cannot name memories for are searched for.")
  List<Path> inputs = List.of();

  @Option(
      names = "--profile",
      paramLabel = "NAME|FILE",
      description = "The profile the load read the export with (required with INPUT).")
  String profile;

  @CommandLine.Mixin IdentityOptions identityOptions = new IdentityOptions();

  @Option(
      names = "--journal",
      paramLabel = "DIR",
      required = true,
      description = "The load's journal directory.")
  Path journal;

  @Mixin SynapConnection connection;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "8",
      description =
          "Deletes (and status calls) in flight at once, 1 to 64. Default: ${DEFAULT-VALUE}.")
  int concurrency;

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
          "Progress on stderr; auto shows it only on a terminal. Default: ${DEFAULT-VALUE}.")
  String progress;

  RollbackCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(journal.resolve(Journal.FILE))) {
      throw new ConfigException("no load journal in " + journal);
    }
    LoadOptions options = LoadOptions.defaults().withConcurrency(checkConcurrency(concurrency));
    Profile chosen = chosenProfile();
    SynapIngestService service = connection.service(CallListener.NONE);
    Instant start = clock.instant();
    RollbackResult result;
    try (Journal j = Journal.open(journal);
        LoadProgressLine line = LoadProgressLine.start(progress, err)) {
      LoadPlan.rollbackLines(j.state(), connection.rateLimitPerMinute()).forEach(out::println);
      out.flush();
      Rollback rollback = new Rollback(j, service, options, clock, Sleeper.SYSTEM, line);
      if (chosen != null) {
        checkExport(j, chosen);
        rollback =
            rollback.recoveringFrom(
                new ExportSource(
                    inputs, chosen, CheckConfig.defaults().limits(), identityOptions.identities()),
                new SynapMemoryFinder(service.client()));
      }
      result = rollback.run(new RunInfo(false, "n/a", runOptions()));
    } catch (JournalException e) {
      err.println("preflight: " + e.getMessage());
      return e instanceof JournalRefusedException ? ExitCodes.USAGE : ExitCodes.INPUT_OR_INTERNAL;
    } catch (IOException | UncheckedIOException e) {
      err.println("preflight: cannot read the export: " + e.getMessage());
      return ExitCodes.INPUT_OR_INTERNAL;
    } catch (IngestException e) {
      err.println("preflight: rollback stopped, Synap answered: " + e.getMessage());
      err.println("preflight: every delete so far is journaled; run rollback again to go on");
      return e.kind() == IngestException.Kind.FATAL ? ExitCodes.USAGE : ExitCodes.INPUT_OR_INTERNAL;
    }
    LoadReport report =
        new LoadReportAssembler(journal, Journal.readOnly(journal), start, clock.instant())
            .rollback(result);
    List<Path> written = LoadReportWriter.write(report, reportDir != null ? reportDir : journal);
    out.println(
        "rollback: "
            + result.deleted()
            + " memories deleted, "
            + result.alreadyGone()
            + " already gone, "
            + result.failures().size()
            + " not deleted, "
            + result.unknown().size()
            + " document(s) with memories unknown"
            + (chosen != null
                ? ", " + result.recovered().size() + " document(s) with memories found by search"
                : ""));
    result.recovered().stream()
        .limit(20)
        .forEach(
            r ->
                out.println(
                    "  recovered: "
                        + r.documentId()
                        + ": "
                        + r.memories()
                        + " memories found by search and deleted"));
    result.failures().stream()
        .limit(20)
        .forEach(
            f ->
                out.println(
                    "  not deleted: memory "
                        + f.memoryId()
                        + " of "
                        + f.documentId()
                        + ": "
                        + f.error()));
    result.unknown().stream()
        .limit(20)
        .forEach(u -> out.println("  unknown: " + u.documentId() + ": " + u.reason()));
    written.forEach(p -> out.println("report: " + p));
    return result.complete() ? ExitCodes.PASSED : ExitCodes.GATE_FAILED;
  }

  private Profile chosenProfile() {
    if (inputs.isEmpty() && profile == null) {
      return null;
    }
    if (inputs.isEmpty() || profile == null) {
      throw new ConfigException(
          "INPUT and --profile go together: name the export the load read and its profile");
    }
    return Profiles.resolve(profile);
  }

  /** Refuses an export or profile other than the journal's, exactly as resuming a load does. */
  private void checkExport(Journal j, Profile chosen) throws JournalException, IOException {
    JournalRecord.Header header =
        j.state()
            .header()
            .orElseThrow(() -> new JournalException("journal " + journal + " has no header"));
    ExportFingerprint.check(header, ExportFingerprint.of(inputs), journal);
    if (!header.profile().equals(chosen.name())) {
      throw new ConfigException(
          "journal "
              + journal
              + " was created with profile "
              + header.profile()
              + ", this rollback names "
              + chosen.name()
              + "; give the profile the load used");
    }
  }

  private Map<String, String> runOptions() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("base-url", connection.baseUrl());
    if (profile != null) {
      m.put("profile", profile);
      m.put("inputs", Integer.toString(inputs.size()));
    }
    return m;
  }

  static int checkConcurrency(int n) {
    if (n < 1 || n > 64) {
      throw new ConfigException("--concurrency must be 1 to 64, got " + n);
    }
    return n;
  }
}
