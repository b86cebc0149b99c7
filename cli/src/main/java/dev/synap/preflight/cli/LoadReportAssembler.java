package dev.synap.preflight.cli;

import dev.synap.preflight.loader.journal.DocPhase;
import dev.synap.preflight.loader.journal.DocState;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.LoadState;
import dev.synap.preflight.loader.journal.Tally;
import dev.synap.preflight.loader.plan.LoadPlan;
import dev.synap.preflight.loader.run.LoadResult;
import dev.synap.preflight.loader.run.RollbackResult;
import dev.synap.preflight.loader.run.Timeline;
import dev.synap.preflight.loader.track.TrackingView;
import dev.synap.preflight.reports.load.LoadReport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the load report from the journal's state and a run's result. */
final class LoadReportAssembler {
  private final Path journal;
  private final LoadState state;
  private final Instant start;
  private final Instant end;

  LoadReportAssembler(Path journal, LoadState state, Instant start, Instant end) {
    this.journal = journal;
    this.state = state;
    this.start = start;
    this.end = end;
  }

  LoadReport load(
      LoadResult result,
      boolean force,
      String gate,
      List<String> catchUp,
      LoadPlan plan,
      List<Timeline.Sample> timeline,
      List<String> next) {
    Tally t = result.tally();
    long answered = t.accepted() + t.rejected();
    JournalRecord.RunStarted run = lastRun();
    long inRun = run == null ? answered : answered - run.answeredAtStart();
    LoadReport r =
        build(
            "load",
            force,
            gate,
            result.complete(),
            result.plan().read(),
            inRun,
            result.problems(),
            null);
    TrackingView tv = result.tracking();
    double seconds = Math.max(0.001, result.elapsed().toMillis() / 1000.0);
    LoadReport.Operations ops =
        new LoadReport.Operations(
            java.util.stream.Stream.concat(catchUp.stream(), plan.lines().stream()).toList(),
            plan.rateLimitPerMinute(),
            plan.loadRequests(),
            plan.rateLimitPerMinute() > 0
                ? LoadPlan.total(plan.loadRequests(), plan.rateLimitPerMinute()).toMillis()
                : null,
            result.requests(),
            result.requests() / seconds,
            result.rateLimited(),
            new LoadReport.Tracking(
                tv.policy().text(),
                tv.tracked(),
                tv.known(),
                tv.awaiting(),
                tv.untracked(),
                tv.unresolved(),
                tv.rollbackPromise(),
                tv.verifyPromise()),
            next,
            timeline.stream()
                .map(
                    x ->
                        new LoadReport.Sample(
                            x.seconds(), x.phase(), x.done(), x.requests(), x.rateLimited()))
                .toList());
    return new LoadReport(
        r.schemaVersion(),
        r.tool(),
        r.command(),
        r.journal(),
        r.profile(),
        r.files(),
        r.force(),
        r.gate(),
        r.complete(),
        r.totals(),
        r.timings(),
        r.problems(),
        r.rejected(),
        r.skipped(),
        r.failed(),
        r.rollback(),
        ops);
  }

  LoadReport rollback(RollbackResult rb) {
    List<String> problems = new ArrayList<>();
    if (!rb.failures().isEmpty()) {
      problems.add(rb.failures().size() + " memory(ies) could not be deleted; run rollback again");
    }
    if (!rb.unknown().isEmpty()) {
      problems.add(rb.unknown().size() + " document(s) whose memories this journal cannot name");
    }
    List<LoadReport.DocumentIssue> failures = new ArrayList<>();
    rb.failures()
        .forEach(
            f ->
                failures.add(
                    new LoadReport.DocumentIssue(
                        f.documentId(), "memory " + f.memoryId(), f.error())));
    List<LoadReport.DocumentIssue> unknown = new ArrayList<>();
    rb.unknown()
        .forEach(u -> unknown.add(new LoadReport.DocumentIssue(u.documentId(), null, u.reason())));
    return build(
        "rollback",
        false,
        "n/a",
        rb.complete(),
        0,
        rb.deleted() + rb.alreadyGone(),
        problems,
        new LoadReport.RollbackOutcome(rb.deleted(), rb.alreadyGone(), failures, unknown));
  }

  private JournalRecord.RunStarted lastRun() {
    List<JournalRecord.RunStarted> runs = state.runs();
    return runs.isEmpty() ? null : runs.get(runs.size() - 1);
  }

  private LoadReport build(
      String command,
      boolean force,
      String gate,
      boolean complete,
      long read,
      long doneInRun,
      List<String> problems,
      LoadReport.RollbackOutcome rollback) {
    Tally t = state.tally();
    List<LoadReport.DocumentIssue> rejected = new ArrayList<>();
    List<LoadReport.DocumentIssue> failed = new ArrayList<>();
    long memories = 0;
    for (DocState d : state.docs()) {
      memories += d.memoryIds().size();
      if (d.phase() == DocPhase.REJECTED) {
        rejected.add(new LoadReport.DocumentIssue(d.documentId(), d.origin(), d.error()));
      } else if (d.phase() == DocPhase.FAILED) {
        failed.add(
            new LoadReport.DocumentIssue(
                d.documentId(),
                null,
                "ingestion "
                    + d.ingestionId()
                    + " "
                    + d.status()
                    + (d.error() == null ? "" : ": " + d.error())));
      }
    }
    List<LoadReport.DocumentIssue> skipped = new ArrayList<>();
    for (JournalRecord.Skipped s : state.skipped()) {
      skipped.add(new LoadReport.DocumentIssue(s.documentId(), s.origin(), s.reason()));
    }
    JournalRecord.Header h = state.header().orElse(null);
    List<LoadReport.ExportFile> files = new ArrayList<>();
    if (h != null) {
      h.files().forEach(f -> files.add(new LoadReport.ExportFile(f.path(), f.bytes(), f.sha256())));
    }
    long millis = Duration.between(start, end).toMillis();
    return new LoadReport(
        1,
        VersionInfo.version(),
        command,
        journal.toString(),
        h == null ? null : h.profile(),
        files,
        force,
        gate,
        complete,
        new LoadReport.Totals(
            read,
            t.sent(),
            t.accepted(),
            t.rejected(),
            t.byConflict(),
            t.completed(),
            t.failed(),
            t.inFlight(),
            t.awaiting(),
            t.skipped(),
            memories,
            t.deletedMemories()),
        new LoadReport.Timings(
            start.toString(), end.toString(), millis, millis > 0 ? doneInRun * 1000.0 / millis : 0),
        problems,
        rejected,
        skipped,
        failed,
        rollback);
  }
}
