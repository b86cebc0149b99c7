package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Retires the versions an earlier load sent of documents a catch-up removes or replaces: names
 * their memories (those the earlier journal polled, else its ingestion's status), journals a {@code
 * retiring} record per document (forced in groups), then deletes the memories as rollback does
 * ({@link Deleter}: grouped forces, a memory already gone counts as deleted). A catch-up stopped at
 * any point finishes the journaled deletes on its next run ({@link #finishPending}) before it sends
 * anything; nothing is deleted that no retirement names.
 */
public final class Retirer {
  private final Journal journal;
  private final IngestService service;
  private final LoadOptions options;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<String, String> problems = new ConcurrentHashMap<>();
  private final Deleter deleter;

  /**
   * An earlier version of a document.
   *
   * @param documentId the document
   * @param memoryIds its memories as its journal names them (empty when not tracked)
   * @param ingestionId its ingestion (null when the journal has none)
   */
  public record Prior(String documentId, List<String> memoryIds, String ingestionId) {}

  /** A retirer writing to {@code journal}. */
  public Retirer(
      Journal journal, IngestService service, LoadOptions options, Clock clock, Sleeper sleeper) {
    this.journal = journal;
    this.service = service;
    this.options = options;
    this.clock = clock;
    this.sleeper = sleeper;
    this.deleter = new Deleter(journal, service);
  }

  /**
   * Journals the retirement of every prior not retired yet whose memories can be named, {@code
   * reason} being {@link JournalRecord.Retiring#REMOVED} or {@link
   * JournalRecord.Retiring#REPLACED}; the others are kept in {@link #problems}. Deletes nothing
   * (see {@link #finishPending}).
   */
  public void journal(List<Prior> priors, String reason) throws Exception {
    ConcurrentLinkedQueue<Prior> queue = new ConcurrentLinkedQueue<>();
    for (Prior p : priors) {
      if (journal.state().retirement(p.documentId()).isEmpty()) {
        queue.add(p);
      }
    }
    if (queue.isEmpty()) {
      return;
    }
    Workers.run(
        Math.min(options.concurrency(), queue.size()),
        "retire",
        journal,
        () -> {
          List<JournalRecord> group = new ArrayList<>(Deleter.GROUP);
          Prior p;
          while ((p = queue.poll()) != null) {
            Optional<List<String>> memories = memories(p);
            if (memories.isPresent()) {
              problems.remove(p.documentId());
              group.add(new JournalRecord.Retiring(p.documentId(), reason, memories.get()));
            }
            if (group.size() >= Deleter.GROUP || queue.isEmpty()) {
              journal.append(group);
              group.clear();
            }
          }
          journal.append(group);
        });
  }

  /** Deletes every memory a journaled retirement names that is not deleted yet. */
  public void finishPending() throws Exception {
    ConcurrentLinkedQueue<Deleter.Target> queue = new ConcurrentLinkedQueue<>();
    for (JournalRecord.Retiring r : journal.state().retirements()) {
      for (String m : r.memoryIds()) {
        if (!journal.state().isDeleted(m)) {
          queue.add(new Deleter.Target(r.documentId(), m));
        }
      }
    }
    deleter.deleteAll(queue, options.concurrency(), "retire-delete", () -> {});
  }

  /**
   * On the calling thread: journals the retirement of {@code priors} (as {@link #journal}) and
   * deletes their memories; returns the documents now fully retired.
   */
  public List<String> retireNow(List<Prior> priors, String reason) throws Exception {
    List<JournalRecord> group = new ArrayList<>();
    for (Prior p : priors) {
      if (journal.state().retirement(p.documentId()).isEmpty()) {
        Optional<List<String>> memories = memories(p);
        if (memories.isPresent()) {
          problems.remove(p.documentId());
          group.add(new JournalRecord.Retiring(p.documentId(), reason, memories.get()));
        }
      }
    }
    journal.append(group);
    List<JournalRecord> deletes = new ArrayList<>(Deleter.GROUP);
    List<String> out = new ArrayList<>();
    for (Prior p : priors) {
      Optional<JournalRecord.Retiring> r = journal.state().retirement(p.documentId());
      if (r.isEmpty()) {
        continue;
      }
      for (String m : r.get().memoryIds()) {
        if (!journal.state().isDeleted(m)) {
          deleter.delete(p.documentId(), m, deletes);
          if (deletes.size() >= Deleter.GROUP) {
            deleter.commit(deletes);
          }
        }
      }
      deleter.commit(deletes);
      if (retired(p.documentId())) {
        out.add(p.documentId());
      } else {
        problems.put(
            p.documentId(),
            "its earlier version's memories could not all be deleted (see the journal's"
                + " delete-failed records); run the catch-up again");
      }
    }
    return out;
  }

  /** Whether the document's retirement is journaled and every memory it names is deleted. */
  public boolean retired(String documentId) {
    return journal
        .state()
        .retirement(documentId)
        .map(r -> r.memoryIds().stream().allMatch(journal.state()::isDeleted))
        .orElse(false);
  }

  /** Memories this run deleted or found already gone. */
  public long deleted() {
    return deleter.deleted() + deleter.gone();
  }

  /** Documents whose earlier version could not be retired, with the reason. */
  public Map<String, String> problems() {
    return Map.copyOf(problems);
  }

  /** The memories of {@code p}: as journaled, else from its ingestion's status. */
  private Optional<List<String>> memories(Prior p) throws Exception {
    if (!p.memoryIds().isEmpty()) {
      return Optional.of(p.memoryIds());
    }
    if (p.ingestionId() == null) {
      problems.put(
          p.documentId(),
          "its earlier version's memories cannot be named (no ingestion id was journaled)");
      return Optional.empty();
    }
    Instant giveUp = clock.instant().plus(options.pollTimeout());
    Duration wait = options.pollInterval();
    while (true) {
      StatusResult s;
      try {
        s = service.status(p.ingestionId());
      } catch (IngestException e) {
        if (e.kind() == IngestException.Kind.FATAL) {
          throw e;
        }
        problems.put(
            p.documentId(),
            "its earlier version's memories cannot be named (status of ingestion "
                + p.ingestionId()
                + ": "
                + e.getMessage()
                + ")");
        return Optional.empty();
      }
      if (s.terminal()) {
        return Optional.of(s.memoryIds());
      }
      if (clock.instant().isAfter(giveUp)) {
        problems.put(
            p.documentId(),
            "its earlier version's ingestion "
                + p.ingestionId()
                + " is still "
                + s.status()
                + "; run the catch-up again later");
        return Optional.empty();
      }
      sleeper.sleep(wait);
      wait = wait.multipliedBy(3).dividedBy(2);
    }
  }
}
