package dev.synap.preflight.cli;

import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.loader.remote.SynapIngestService;
import dev.synap.preflight.loader.run.IngestException;
import dev.synap.preflight.loader.run.LoadOptions;
import dev.synap.preflight.loader.run.Rollback;
import dev.synap.preflight.loader.run.RollbackResult;
import dev.synap.preflight.loader.run.RunInfo;
import dev.synap.preflight.loader.run.Sleeper;
import dev.synap.preflight.reports.load.LoadReport;
import dev.synap.preflight.reports.load.LoadReportWriter;
import dev.synap.preflight.rules.config.ConfigException;
import dev.synap.preflight.synap.CallListener;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
          + " where it stopped when run again. Reports what it could not delete and the"
          + " documents whose memories the journal cannot name."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every memory of the load is deleted",
      "1:some memories could not be deleted or cannot be named (see the report)",
      "2:usage or configuration error (no journal, no API key, bad URL)",
      "3:the journal is unreadable, or an internal error"
    })
final class RollbackCommand implements Callable<Integer> {
  private final Clock clock;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

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
      defaultValue = "4",
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
    SynapIngestService service = connection.service(CallListener.NONE);
    Instant start = clock.instant();
    RollbackResult result;
    try (Journal j = Journal.open(journal);
        LoadProgressLine line = LoadProgressLine.start(progress, err)) {
      result =
          new Rollback(j, service, options, clock, Sleeper.SYSTEM, line)
              .run(new RunInfo(false, "n/a", Map.of("base-url", connection.baseUrl())));
    } catch (JournalException e) {
      err.println("preflight: " + e.getMessage());
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
            + " document(s) with memories unknown");
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

  static int checkConcurrency(int n) {
    if (n < 1 || n > 64) {
      throw new ConfigException("--concurrency must be 1 to 64, got " + n);
    }
    return n;
  }
}
