package dev.synap.preflight.cli;

import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.Tally;
import dev.synap.preflight.loader.run.LoadStatus;
import dev.synap.preflight.loader.run.ProgressFile;
import dev.synap.preflight.loader.track.TrackingView;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code preflight status}: where a load stands, from its journal, while it runs or after. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Show the progress of a load from its journal: documents sent, accepted, rejected,"
          + " completed, in flight, awaiting status; rate and ETA of the last run; rollback"
          + " deletions. Reads the journal without locking it, so it works while the load runs."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the load is settled: nothing in flight, awaiting status or left to send",
      "1:the load is not settled yet (running, stopped early, or documents left)",
      "2:usage error, or no journal in the directory",
      "3:the journal is unreadable or damaged"
    })
final class StatusCommand implements Callable<Integer> {
  private final Clock clock;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--journal",
      paramLabel = "DIR",
      required = true,
      description = "The load's journal directory (as given to preflight load).")
  Path journal;

  StatusCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadStatus s;
    try {
      s = LoadStatus.read(journal);
    } catch (JournalException e) {
      err.println("preflight: " + e.getMessage());
      return e.getMessage().startsWith("no load journal")
          ? ExitCodes.USAGE
          : ExitCodes.INPUT_OR_INTERNAL;
    }
    print(out, s);
    return s.settled() ? ExitCodes.PASSED : ExitCodes.GATE_FAILED;
  }

  private void print(PrintWriter out, LoadStatus s) {
    JournalRecord.Header h = s.header();
    out.println("journal:      " + journal);
    if (h != null) {
      out.println("profile:      " + h.profile());
      if (h.since() != null) {
        out.println("catch-up of:  " + h.since());
      }
      h.files()
          .forEach(f -> out.println("export:       " + f.path() + " (SHA-256 " + f.sha256() + ")"));
    }
    if (!s.runs().isEmpty()) {
      JournalRecord.RunStarted last = s.runs().get(s.runs().size() - 1);
      out.println(
          "runs:         "
              + s.runs().size()
              + ", last: "
              + last.command()
              + " at "
              + last.at()
              + (last.force() ? " (gate overridden with --force)" : ""));
    }
    Duration idle = Duration.between(s.lastActivity(), clock.instant());
    out.println(
        "last write:   "
            + s.lastActivity()
            + " ("
            + LoadProgressLine.duration(idle.isNegative() ? Duration.ZERO : idle)
            + " ago)");
    Tally t = s.tally();
    out.println("sent:         " + t.sent());
    out.println(
        "accepted:     "
            + t.accepted()
            + (t.byConflict() > 0
                ? " (" + t.byConflict() + " by duplicate-id conflict on resume)"
                : ""));
    out.println("rejected:     " + t.rejected());
    out.println("completed:    " + t.completed());
    out.println("failed:       " + t.failed());
    out.println("in flight:    " + t.inFlight());
    TrackingView tr = s.tracking();
    out.println(
        "tracking:     --track "
            + tr.policy().text()
            + ": "
            + tr.tracked()
            + " tracked ("
            + tr.known()
            + " with memory ids, "
            + tr.awaiting()
            + " awaiting their status), "
            + tr.untracked()
            + " untracked"
            + (tr.unresolved() > 0
                ? ", " + tr.unresolved() + " loaded by conflict, unresolved"
                : ""));
    out.println("rollback:     " + tr.rollbackPromise());
    out.println("verify:       " + tr.verifyPromise());
    out.println("skipped:      " + t.skipped());
    if (t.deletedMemories() > 0) {
      out.println(
          "deleted:      "
              + t.deletedMemories()
              + (h != null && h.since() != null
                  ? " memories (earlier versions the catch-up retired, and rollback)"
                  : " memories (rollback)"));
    }
    out.println(
        String.format(
            Locale.ROOT, "rate:         %.1f documents/s (last load run)", s.perSecond()));
    if (s.live() != null && !s.settled()) {
      ProgressFile.Snapshot live = s.live();
      out.println(
          String.format(
              Locale.ROOT,
              "live:         %s phase at %s: %.1f/s, %.1f requests/s%s",
              live.phase(),
              live.at(),
              live.documentsPerSecond(),
              live.requestsPerSecond(),
              ProgressFile.eta(live)
                  .map(d -> ", " + LoadProgressLine.duration(d) + " left in this phase")
                  .orElse("")));
    }
    if (s.remaining() >= 0) {
      out.println(
          "remaining:    "
              + s.remaining()
              + " to send"
              + (s.eta() != null ? ", about " + LoadProgressLine.duration(s.eta()) + " left" : "")
              + (tr.awaiting() > 0
                  ? "; "
                      + tr.awaiting()
                      + " tracked ingestion(s) awaiting their status"
                      + (s.remaining() == 0 ? " (time left: unknown until polled)" : "")
                  : ""));
    }
    out.println("state:        " + (s.settled() ? "settled" : "not settled"));
  }
}
