package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.Tally;
import dev.synap.preflight.loader.plan.BatchPlanner;
import dev.synap.preflight.loader.plan.DocumentSource;
import dev.synap.preflight.loader.plan.PlannedDoc;
import dev.synap.preflight.loader.track.TrackPolicy;
import dev.synap.preflight.loader.track.TrackingView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load: sends every planned batch with bounded concurrency, polls every accepted ingestion until
 * terminal, and writes the manifest. Safe to run again on the same journal at any point: it sends
 * only what has no answer yet and polls only what is not terminal.
 */
public final class LoadRun {
  private final Journal journal;
  private final IngestService service;
  private final LoadOptions options;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ProgressListener listener;
  private MemoryFinder finder;
  private CatchUpHooks catchUp = CatchUpHooks.NONE;

  /** A load writing to an open journal (whose header the caller has checked or written). */
  public LoadRun(
      Journal journal,
      IngestService service,
      LoadOptions options,
      Clock clock,
      Sleeper sleeper,
      ProgressListener listener) {
    this.journal = journal;
    this.service = service;
    this.options = options;
    this.clock = clock;
    this.sleeper = sleeper;
    this.listener = listener;
  }

  /**
   * After sending, searches for the memories of documents loaded by a duplicate-id conflict whose
   * ingestion the service did not name (an earlier attempt's answer was lost), as rollback does, so
   * that the manifest names them; those not found are reported.
   */
  public LoadRun resolvingConflictsWith(MemoryFinder memoryFinder) {
    this.finder = memoryFinder;
    return this;
  }

  /** Makes this load a catch-up (see {@link CatchUpHooks}). */
  public LoadRun catchingUp(CatchUpHooks hooks) {
    this.catchUp = hooks;
    return this;
  }

  /**
   * Runs the load.
   *
   * @param source the export
   * @param info what to journal about this run
   * @param expectedTotal documents in the export when known (for the ETA), else 0
   */
  public LoadResult run(DocumentSource source, RunInfo info, long expectedTotal) throws Exception {
    if (journal.state().runs().stream().anyMatch(r -> "rollback".equals(r.command()))) {
      throw new JournalException(
          "journal " + journal.file().getParent() + " was rolled back; load into a new --journal");
    }
    Instant start = clock.instant();
    long total =
        options.plan().sample() > 0
            ? Math.min(options.plan().sample(), expectedTotal)
            : expectedTotal;
    Tally before = journal.state().tally();
    Map<String, String> runOptions = new LinkedHashMap<>(info.options());
    runOptions.put(TrackPolicy.OPTION, options.track().text());
    journal.append(
        new JournalRecord.RunStarted(
            start.toString(),
            "load",
            info.force(),
            info.gate(),
            runOptions,
            before.accepted() + before.rejected(),
            total));
    long requestsAtStart = service.requests();
    long limitedAtStart = service.rateLimited();
    AtomicLong givenUp = new AtomicLong();
    catchUp.beforeSend();
    BatchPlanner planner;
    try (DocumentSource.Cursor cursor = source.open()) {
      planner =
          new BatchPlanner(
              cursor,
              journal.state(),
              options.plan(),
              (skip, seen) -> {
                if (!seen) {
                  journal.append(skip);
                }
              },
              catchUp::wanted);
      send(planner, total, givenUp);
    }
    List<String> unresolved =
        finder == null ? List.of() : new ConflictResolver(journal, finder, options).resolve(source);
    long awaiting = new Poller(journal, service, options, clock, sleeper, listener).poll(total);
    Manifest.write(journal);
    Tally tally = journal.state().tally();
    return new LoadResult(
        planner.counts(),
        tally,
        givenUp.get(),
        Duration.between(start, clock.instant()),
        problems(tally, options.track().tracksAll() ? awaiting : 0),
        TrackingView.of(journal.state()),
        service.requests() - requestsAtStart,
        service.rateLimited() - limitedAtStart,
        unresolved);
  }

  private void send(BatchPlanner planner, long total, AtomicLong givenUp) throws Exception {
    BatchSender sender = new BatchSender(journal, service, catchUp);
    ProgressMeter meter =
        new ProgressMeter(
            "send",
            total,
            clock,
            journal.state().tally(),
            t -> t.accepted() + t.rejected(),
            service::requests);
    Workers.run(
        options.concurrency(),
        "send",
        journal,
        () -> {
          Optional<List<PlannedDoc>> batch;
          while ((batch = planner.next()).isPresent()) {
            if (!sendWithRetries(sender, batch.get())) {
              givenUp.incrementAndGet();
            } else if (!replaceHeld(sender, batch.get())) {
              givenUp.incrementAndGet();
            }
            Tally t = journal.state().tally();
            long done = t.accepted() + t.rejected() + t.skipped();
            listener.progress(meter.at(t, total > 0 ? Math.max(0, total - done) : -1));
          }
        });
  }

  /**
   * A catch-up's changed documents the service refused because an earlier version holds their id:
   * retires those versions and sends the documents again (false when that batch got no answer).
   */
  private boolean replaceHeld(BatchSender sender, List<PlannedDoc> batch) throws Exception {
    if (catchUp == CatchUpHooks.NONE) {
      return true;
    }
    List<PlannedDoc> held =
        batch.stream().filter(d -> journal.state().isHeld(d.documentId())).toList();
    if (held.isEmpty()) {
      return true;
    }
    List<PlannedDoc> again = catchUp.replace(held);
    return again.isEmpty() || sendWithRetries(sender, again);
  }

  private boolean sendWithRetries(BatchSender sender, List<PlannedDoc> batch) throws Exception {
    Duration wait = options.retryBackoff();
    for (int attempt = 1; attempt <= options.batchAttempts(); attempt++) {
      if (sender.send(batch)) {
        return true;
      }
      if (attempt < options.batchAttempts()) {
        sleeper.sleep(wait);
        wait = wait.multipliedBy(2);
      }
    }
    return false;
  }

  private static List<String> problems(Tally tally, long awaiting) {
    List<String> out = new ArrayList<>();
    if (tally.inFlight() > 0) {
      out.add(
          tally.inFlight()
              + " document(s) sent without an answer (Synap may or may not have them);"
              + " run the load again with the same journal to settle them");
    }
    if (awaiting > 0) {
      out.add(
          awaiting
              + " tracked ingestion(s) not finished when polling stopped; run the load again with"
              + " the same journal to keep polling");
    }
    return out;
  }
}
