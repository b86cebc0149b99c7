package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.DocPhase;
import dev.synap.preflight.loader.journal.DocState;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deletes every memory the journal says this load created. Ingestions still running are polled
 * first so their memories are known. Every delete is journaled ({@code deleted}, or {@code
 * delete-failed} with the service's message), so a rollback killed at any point resumes where it
 * stopped; a memory already gone counts as deleted. Documents whose memories cannot be named (in
 * flight, loaded by a conflict with no ingestion named, status expired) are reported.
 */
public final class Rollback {
  private final Journal journal;
  private final IngestService service;
  private final LoadOptions options;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ProgressListener listener;

  /** A rollback of the load journaled in {@code journal}. */
  public Rollback(
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

  private record Target(String documentId, String memoryId) {}

  /** Runs the rollback. */
  public RollbackResult run(RunInfo info) throws Exception {
    Instant start = clock.instant();
    journal.append(
        new JournalRecord.RunStarted(
            start.toString(), "rollback", false, info.gate(), info.options(), 0, 0));
    new Poller(journal, service, options, clock, sleeper, listener).poll(0);
    ConcurrentLinkedQueue<Target> queue = new ConcurrentLinkedQueue<>();
    for (DocState d : journal.state().docs()) {
      for (String m : d.memoryIds()) {
        if (!journal.state().isDeleted(m)) {
          queue.add(new Target(d.documentId(), m));
        }
      }
    }
    AtomicLong deleted = new AtomicLong();
    AtomicLong gone = new AtomicLong();
    ProgressMeter meter =
        new ProgressMeter(
            "delete", queue.size(), clock, journal.state().tally(), t -> t.deletedMemories());
    long targets = queue.size();
    if (!queue.isEmpty()) {
      Workers.run(
          Math.min(options.concurrency(), queue.size()),
          "delete",
          journal,
          () -> {
            Target t;
            while ((t = queue.poll()) != null) {
              deleteOne(t, deleted, gone);
              listener.progress(meter.at(journal.state().tally(), queue.size()));
            }
          });
    }
    Manifest.write(journal);
    return new RollbackResult(
        deleted.get(), gone.get(), failures(), unknown(), Duration.between(start, clock.instant()));
  }

  private void deleteOne(Target t, AtomicLong deleted, AtomicLong gone) throws Exception {
    try {
      service.delete(t.memoryId());
      journal.append(new JournalRecord.Deleted(t.documentId(), t.memoryId(), false));
      deleted.incrementAndGet();
    } catch (IngestException e) {
      switch (e.kind()) {
        case NOT_FOUND -> {
          journal.append(new JournalRecord.Deleted(t.documentId(), t.memoryId(), true));
          gone.incrementAndGet();
        }
        case FATAL -> throw e;
        default ->
            journal.append(
                new JournalRecord.DeleteFailed(t.documentId(), t.memoryId(), e.getMessage()));
      }
    }
  }

  private List<RollbackResult.Failure> failures() {
    List<RollbackResult.Failure> out = new ArrayList<>();
    var failed = journal.state().deleteFailures();
    for (DocState d : journal.state().docs()) {
      for (String m : d.memoryIds()) {
        if (failed.containsKey(m)) {
          out.add(new RollbackResult.Failure(d.documentId(), m, failed.get(m)));
        }
      }
    }
    return out;
  }

  private List<RollbackResult.Unknown> unknown() {
    List<RollbackResult.Unknown> out = new ArrayList<>();
    for (DocState d : journal.state().docs()) {
      String why = unknownReason(d);
      if (why != null) {
        out.add(new RollbackResult.Unknown(d.documentId(), why));
      }
    }
    return out;
  }

  private static String unknownReason(DocState d) {
    if (d.phase() == DocPhase.IN_FLIGHT) {
      return "sent without an answer: Synap may hold it; resume the load to settle it, then roll"
          + " back again";
    }
    if (d.awaitsStatus()) {
      return "ingestion " + d.ingestionId() + " had not finished; roll back again later";
    }
    if (d.phase() == DocPhase.LOADED_BY_CONFLICT) {
      return "loaded by an earlier attempt whose answer was lost, and the service did not name"
          + " its ingestion: its memories cannot be found from here";
    }
    if ("unknown".equals(d.status())) {
      return "its ingestion status expired before it was seen: its memories cannot be found";
    }
    return null;
  }
}
