package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.DocState;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.Tally;
import dev.synap.preflight.loader.track.TrackPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Polls the ingestions the tracking policy names until they are terminal, in rounds with a growing
 * pause. Each worker polls a group of up to {@value #GROUP} ingestions and journals their terminal
 * statuses (with memory ids) in one group commit: a crash loses at most the statuses of one group
 * per worker, which the next run reads again (a status read changes nothing). An ingestion the
 * service no longer knows is journaled as {@code unknown}. Stops after the polling timeout; a
 * re-run goes on.
 */
final class Poller {
  /** Ingestions polled per journal force. */
  static final int GROUP = 50;

  private final Journal journal;
  private final IngestService service;
  private final LoadOptions options;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ProgressListener listener;

  Poller(
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
   * Polls until nothing tracked awaits a status or time runs out; returns how many still await. A
   * sample is polled for at most {@link TrackPolicy#SAMPLE_WAIT} (one round): it shows that
   * ingestions finish and what they create, and a load does not wait for the service's queue to
   * reach it (what is still queued is reported, and a later run or {@code status} sees it finish).
   */
  long poll(long total) throws Exception {
    Duration limit =
        options.track().mode() == TrackPolicy.Mode.SAMPLE
            ? min(options.pollTimeout(), TrackPolicy.SAMPLE_WAIT)
            : options.pollTimeout();
    Instant deadline = clock.instant().plus(limit);
    List<DocState> awaiting = options.track().toPoll(journal.state());
    ProgressMeter meter =
        new ProgressMeter(
            "poll",
            total,
            clock,
            journal.state().tally(),
            t -> t.completed() + t.failed(),
            service::requests);
    Duration pause = options.pollInterval();
    while (!awaiting.isEmpty()) {
      round(awaiting, meter);
      awaiting = stillAwaiting(awaiting);
      if (awaiting.isEmpty()) {
        return 0;
      }
      if (!clock.instant().plus(pause).isBefore(deadline)) {
        return awaiting.size();
      }
      sleeper.sleep(pause);
      pause = min(pause.plus(pause.dividedBy(2)), options.pollMaxInterval());
    }
    return 0;
  }

  private List<DocState> stillAwaiting(List<DocState> before) {
    List<DocState> out = new ArrayList<>();
    for (DocState d : before) {
      DocState now = journal.state().doc(d.documentId());
      if (now.awaitsStatus()) {
        out.add(now);
      }
    }
    return out;
  }

  private void round(List<DocState> awaiting, ProgressMeter meter) throws Exception {
    ConcurrentLinkedQueue<DocState> queue = new ConcurrentLinkedQueue<>(awaiting);
    Workers.run(
        Math.min(options.concurrency(), awaiting.size()),
        "poll",
        journal,
        () -> {
          List<JournalRecord> group = new ArrayList<>(GROUP);
          DocState doc;
          int polled = 0;
          while ((doc = queue.poll()) != null) {
            pollOne(doc, group);
            if (++polled % GROUP == 0 || queue.isEmpty()) {
              journal.append(group);
              group.clear();
              Tally t = journal.state().tally();
              listener.progress(meter.at(t, queue.size()));
            }
          }
          journal.append(group);
        });
  }

  private void pollOne(DocState doc, List<JournalRecord> group) throws Exception {
    StatusResult status;
    try {
      status = service.status(doc.ingestionId());
    } catch (IngestException e) {
      switch (e.kind()) {
        case NOT_FOUND ->
            group.add(
                new JournalRecord.Polled(
                    doc.documentId(),
                    doc.ingestionId(),
                    "unknown",
                    List.of(),
                    "the service no longer knows this ingestion: " + e.getMessage()));
        case TRANSIENT -> {
          // polled again next round
        }
        default -> throw e;
      }
      return;
    }
    if (status.terminal()) {
      group.add(
          new JournalRecord.Polled(
              doc.documentId(),
              doc.ingestionId(),
              status.status(),
              status.memoryIds(),
              status.error()));
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
