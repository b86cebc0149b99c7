package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.DocPhase;
import dev.synap.preflight.loader.journal.DocState;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.plan.DocumentSource;
import dev.synap.preflight.loader.track.TrackPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/**
 * Deletes every memory the journal says this load created. Ingestions still running are polled
 * first so their memories are known. Every delete is journaled ({@code deleted}, or {@code
 * delete-failed} with the service's message), so a rollback killed at any point resumes where it
 * stopped; a memory already gone counts as deleted. Documents whose memories cannot be named (in
 * flight, loaded by a conflict with no ingestion named, status expired) are searched for when the
 * export is given ({@link #recoveringFrom}); those still without a memory found are reported.
 */
public final class Rollback {
  private final Journal journal;
  private final IngestService service;
  private final LoadOptions options;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ProgressListener listener;
  private final DocumentSource export;
  private final MemoryFinder finder;
  private final Map<String, String> searchErrors = new ConcurrentHashMap<>();

  /** A rollback of the load journaled in {@code journal}. */
  public Rollback(
      Journal journal,
      IngestService service,
      LoadOptions options,
      Clock clock,
      Sleeper sleeper,
      ProgressListener listener) {
    this(journal, service, options, clock, sleeper, listener, null, null);
  }

  private Rollback(
      Journal journal,
      IngestService service,
      LoadOptions options,
      Clock clock,
      Sleeper sleeper,
      ProgressListener listener,
      DocumentSource export,
      MemoryFinder finder) {
    this.journal = journal;
    this.service = service;
    this.options = options;
    this.clock = clock;
    this.sleeper = sleeper;
    this.listener = listener;
    this.export = export;
    this.finder = finder;
  }

  /**
   * The same rollback, which also searches for the memories of documents the journal cannot name
   * memories for, reading those documents from {@code source} (the export the journal was made
   * from; the caller checks its SHA-256).
   */
  public Rollback recoveringFrom(DocumentSource source, MemoryFinder memoryFinder) {
    return new Rollback(journal, service, options, clock, sleeper, listener, source, memoryFinder);
  }

  /** Runs the rollback. */
  public RollbackResult run(RunInfo info) throws Exception {
    Instant start = clock.instant();
    journal.append(
        new JournalRecord.RunStarted(
            start.toString(), "rollback", false, info.gate(), info.options(), 0, 0));
    new Poller(journal, service, options.withTrack(TrackPolicy.all()), clock, sleeper, listener)
        .poll(0);
    Deleter deleter = new Deleter(journal, service);
    ConcurrentLinkedQueue<Deleter.Target> queue = new ConcurrentLinkedQueue<>();
    for (DocState d : journal.state().docs()) {
      for (String m : memories(d).toList()) {
        if (!journal.state().isDeleted(m)) {
          queue.add(new Deleter.Target(d.documentId(), m));
        }
      }
    }
    ProgressMeter meter =
        new ProgressMeter(
            "delete",
            queue.size(),
            clock,
            journal.state().tally(),
            t -> t.deletedMemories(),
            service::requests);
    deleter.deleteAll(
        queue,
        options.concurrency(),
        "delete",
        () -> listener.progress(meter.at(journal.state().tally(), queue.size())));
    if (finder != null) {
      recover(deleter);
    }
    Manifest.write(journal);
    return new RollbackResult(
        deleter.deleted(),
        deleter.gone(),
        failures(),
        unknown(),
        recovered(),
        Duration.between(start, clock.instant()));
  }

  private Stream<String> memories(DocState d) {
    return Stream.concat(
        d.memoryIds().stream(), journal.state().recoveredMemories(d.documentId()).stream());
  }

  private void recover(Deleter deleter) throws Exception {
    Set<String> ids = new LinkedHashSet<>();
    for (DocState d : journal.state().docs()) {
      if (unknownReason(d) != null && !d.awaitsStatus()) {
        ids.add(d.documentId());
      }
    }
    if (ids.isEmpty()) {
      return;
    }
    searchErrors.putAll(
        MemoryRecovery.searchAll(journal, finder, deleter, export, ids, options.concurrency()));
  }

  private List<RollbackResult.Failure> failures() {
    List<RollbackResult.Failure> out = new ArrayList<>();
    var failed = journal.state().deleteFailures();
    for (DocState d : journal.state().docs()) {
      memories(d)
          .filter(failed::containsKey)
          .forEach(m -> out.add(new RollbackResult.Failure(d.documentId(), m, failed.get(m))));
    }
    return out;
  }

  private List<RollbackResult.Recovered> recovered() {
    List<RollbackResult.Recovered> out = new ArrayList<>();
    for (DocState d : journal.state().docs()) {
      int n = journal.state().recoveredMemories(d.documentId()).size();
      if (n > 0 && unknownReason(d) != null) {
        out.add(new RollbackResult.Recovered(d.documentId(), n));
      }
    }
    return out;
  }

  private List<RollbackResult.Unknown> unknown() {
    List<RollbackResult.Unknown> out = new ArrayList<>();
    for (DocState d : journal.state().docs()) {
      String why = unknownReason(d);
      if (why != null && journal.state().recoveredMemories(d.documentId()).isEmpty()) {
        String error = searchErrors.get(d.documentId());
        out.add(
            new RollbackResult.Unknown(
                d.documentId(),
                error == null
                    ? why
                    : why
                        + "; searching for its memories failed ("
                        + error
                        + "): roll back again"));
      }
    }
    return out;
  }

  private String unknownReason(DocState d) {
    String searched =
        finder != null && !d.awaitsStatus()
            ? " (a search of its scope with its text found none of its memories)"
            : "";
    if (d.phase() == DocPhase.IN_FLIGHT) {
      return "sent without an answer: Synap may hold it; resume the load to settle it, then roll"
          + " back again"
          + searched;
    }
    if (d.awaitsStatus()) {
      return "ingestion " + d.ingestionId() + " had not finished; roll back again later";
    }
    if (d.phase() == DocPhase.LOADED_BY_CONFLICT) {
      return "loaded by an earlier attempt whose answer was lost, and the service did not name"
          + " its ingestion: its memories cannot be found from here"
          + (finder != null
              ? searched
              : " (give rollback the export and --profile to search for them)");
    }
    if ("unknown".equals(d.status())) {
      return "its ingestion status expired before it was seen: its memories cannot be found"
          + (finder != null ? searched : " (give rollback the export to search for them)");
    }
    return null;
  }
}
