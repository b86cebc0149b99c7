package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.DocState;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.Tally;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Polls every accepted ingestion until it is terminal, in rounds with a growing pause, journaling
 * each terminal status (with its memory ids) as it is seen. An ingestion the service no longer
 * knows is journaled as {@code unknown}. Stops after the polling timeout; a re-run goes on.
 */
final class Poller {
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

  /** Polls until nothing awaits a status or time runs out; returns how many still await. */
  long poll(long total) throws Exception {
    Instant deadline = clock.instant().plus(options.pollTimeout());
    ProgressMeter meter =
        new ProgressMeter(
            "poll", total, clock, journal.state().tally(), t -> t.completed() + t.failed());
    Duration pause = options.pollInterval();
    while (true) {
      List<DocState> awaiting = awaiting();
      if (awaiting.isEmpty()) {
        return 0;
      }
      round(awaiting, meter);
      long left = awaiting().size();
      if (left == 0) {
        return 0;
      }
      if (!clock.instant().plus(pause).isBefore(deadline)) {
        return left;
      }
      sleeper.sleep(pause);
      pause = min(pause.plus(pause.dividedBy(2)), options.pollMaxInterval());
    }
  }

  private List<DocState> awaiting() {
    return journal.state().docs().stream().filter(DocState::awaitsStatus).toList();
  }

  private void round(List<DocState> awaiting, ProgressMeter meter) throws Exception {
    ConcurrentLinkedQueue<DocState> queue = new ConcurrentLinkedQueue<>(awaiting);
    Workers.run(
        Math.min(options.concurrency(), awaiting.size()),
        "poll",
        journal,
        () -> {
          DocState doc;
          while ((doc = queue.poll()) != null) {
            pollOne(doc);
            Tally t = journal.state().tally();
            listener.progress(meter.at(t, t.awaiting()));
          }
        });
  }

  private void pollOne(DocState doc) throws Exception {
    StatusResult status;
    try {
      status = service.status(doc.ingestionId());
    } catch (IngestException e) {
      switch (e.kind()) {
        case NOT_FOUND ->
            journal.append(
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
      journal.append(
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
