package dev.synap.preflight.loader.journal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of a load, replayed from its journal: one entry per document id in the order the
 * documents were first sent, the skipped documents, the runs, and what rollback deleted. Every
 * method is synchronized; {@link Journal} applies each record right after it is forced to disk, so
 * the state is always the replay of the journal.
 */
public final class LoadState {
  private JournalRecord.Header header;
  private final Map<String, DocState> docs = new LinkedHashMap<>();
  private final Map<Long, JournalRecord.Skipped> skipped = new LinkedHashMap<>();
  private final List<JournalRecord.RunStarted> runs = new ArrayList<>();
  private final Set<String> deleted = new LinkedHashSet<>();
  private final Map<String, String> deleteFailures = new LinkedHashMap<>();
  private final Set<String> knownMemories = new HashSet<>();
  private final Map<String, Set<String>> rollbackMemories = new HashMap<>();
  private final TallyCounter counter = new TallyCounter();
  private final Map<String, String> fingerprints = new HashMap<>();
  private final Set<String> held = new HashSet<>();
  private final Map<String, JournalRecord.Retiring> retirements = new LinkedHashMap<>();
  private final Set<String> retiringMemories = new HashSet<>();
  private long lastBatch;
  private long failedBatches;

  /** Applies one record. */
  public synchronized void apply(JournalRecord record) {
    if (record instanceof JournalRecord.Header h) {
      header = h;
    } else if (record instanceof JournalRecord.RunStarted r) {
      runs.add(r);
    } else if (record instanceof JournalRecord.Skipped s) {
      skipped.put(s.seq(), s);
    } else if (record instanceof JournalRecord.BatchSent b) {
      sent(b);
    } else if (record instanceof JournalRecord.BatchResult r) {
      r.items().forEach(i -> answered(r.batch(), i));
    } else if (record instanceof JournalRecord.BatchFailed) {
      failedBatches++;
    } else if (record instanceof JournalRecord.Polled p) {
      polled(p);
    } else if (record instanceof JournalRecord.Found f) {
      rollbackMemory(f.documentId(), f.memoryId());
    } else if (record instanceof JournalRecord.Deleted d) {
      deleted.add(d.memoryId());
      deleteFailures.remove(d.memoryId());
      rollbackMemory(d.documentId(), d.memoryId());
    } else if (record instanceof JournalRecord.DeleteFailed f) {
      deleteFailures.put(f.memoryId(), f.error());
      rollbackMemory(f.documentId(), f.memoryId());
    } else if (record instanceof JournalRecord.Retiring r) {
      retiring(r);
    }
  }

  private void retiring(JournalRecord.Retiring r) {
    retirements.put(r.documentId(), r);
    retiringMemories.addAll(r.memoryIds());
    knownMemories.addAll(r.memoryIds());
    if (JournalRecord.Retiring.REPLACED.equals(r.reason())) {
      DocState old = docs.remove(r.documentId());
      if (old != null) {
        counter.remove(old);
      }
      held.remove(r.documentId());
    }
  }

  private void rollbackMemory(String documentId, String memoryId) {
    knownMemories.add(memoryId);
    if (retiringMemories.contains(memoryId)) {
      return; // an earlier load's memory a catch-up retired, not one of this load
    }
    if (documentId != null) {
      rollbackMemories.computeIfAbsent(documentId, k -> new LinkedHashSet<>()).add(memoryId);
    }
  }

  private void sent(JournalRecord.BatchSent b) {
    lastBatch = Math.max(lastBatch, b.batch());
    if (b.fingerprints() != null && b.fingerprints().size() == b.ids().size()) {
      for (int i = 0; i < b.ids().size(); i++) {
        fingerprints.put(b.ids().get(i), b.fingerprints().get(i));
      }
    }
    for (String id : b.ids()) {
      DocState old = docs.get(id);
      if (old == null || old.phase() == DocPhase.IN_FLIGHT) {
        put(new DocState(id, DocPhase.IN_FLIGHT, b.batch(), null, null, List.of(), null, false));
      }
    }
  }

  private void answered(long batch, ItemResult answer) {
    ItemResult item = withSharedId(answer);
    if (item.outcome() == ItemResult.Outcome.HELD_BY_PREVIOUS) {
      held.add(item.documentId());
    } else {
      held.remove(item.documentId());
    }
    DocState doc =
        switch (item.outcome()) {
          case ACCEPTED ->
              new DocState(
                  item.documentId(),
                  DocPhase.ACCEPTED,
                  batch,
                  item.ingestionId(),
                  null,
                  List.of(),
                  null,
                  false);
          case REJECTED, HELD_BY_PREVIOUS ->
              new DocState(
                  item.documentId(),
                  DocPhase.REJECTED,
                  batch,
                  item.ingestionId(),
                  null,
                  List.of(),
                  item.error(),
                  false,
                  item.origin());
          case LOADED_BY_CONFLICT ->
              new DocState(
                  item.documentId(),
                  DocPhase.LOADED_BY_CONFLICT,
                  batch,
                  item.ingestionId(),
                  null,
                  List.of(),
                  item.error(),
                  true);
        };
    put(doc);
  }

  /**
   * The answer naming the document by the id string its state already holds, so that a journal of a
   * million documents keeps one copy of each id (the answer's own copy is garbage at once).
   */
  private ItemResult withSharedId(ItemResult item) {
    DocState old = docs.get(item.documentId());
    return old == null
        ? item
        : new ItemResult(
            old.documentId(), item.outcome(), item.ingestionId(), item.error(), item.origin());
  }

  private void polled(JournalRecord.Polled p) {
    DocState old = docs.get(p.documentId());
    if (old == null) {
      return;
    }
    boolean ok = "completed".equals(p.status()) || "partial_success".equals(p.status());
    List<String> memories = p.memoryIds() == null ? List.of() : List.copyOf(p.memoryIds());
    knownMemories.addAll(memories);
    put(
        new DocState(
            old.documentId(),
            ok ? DocPhase.COMPLETED : DocPhase.FAILED,
            old.batch(),
            p.ingestionId(),
            p.status(),
            memories,
            p.error(),
            old.byConflict()));
  }

  private void put(DocState doc) {
    counter.replace(docs.put(doc.documentId(), doc), doc);
  }

  /** The header, once written. */
  public synchronized Optional<JournalRecord.Header> header() {
    return Optional.ofNullable(header);
  }

  /** The document's state; {@link DocPhase#PENDING} when the journal never saw it. */
  public synchronized DocState doc(String documentId) {
    DocState s = docs.get(documentId);
    return s != null
        ? s
        : new DocState(documentId, DocPhase.PENDING, 0, null, null, List.of(), null, false);
  }

  /**
   * The content fingerprint the document was last sent with ({@link DocumentFingerprint}), or null
   * (never sent, or sent by a journal of format 1).
   */
  public synchronized String fingerprint(String documentId) {
    return fingerprints.get(documentId);
  }

  /** Every document the journal saw, in the order first sent. */
  public synchronized List<DocState> docs() {
    return List.copyOf(docs.values());
  }

  /** Documents skipped without sending, by export position. */
  public synchronized List<JournalRecord.Skipped> skipped() {
    return List.copyOf(skipped.values());
  }

  /** Whether the document at this export position was already journaled as skipped. */
  public synchronized boolean isSkipped(long seq) {
    return skipped.containsKey(seq);
  }

  /** The runs started against this journal, oldest first. */
  public synchronized List<JournalRecord.RunStarted> runs() {
    return List.copyOf(runs);
  }

  /** The highest batch number used so far (0 when none). */
  public synchronized long lastBatch() {
    return lastBatch;
  }

  /** Number of batches that got no per-document answer. */
  public synchronized long failedBatches() {
    return failedBatches;
  }

  /** Whether rollback deleted (or found gone) this memory. */
  public synchronized boolean isDeleted(String memoryId) {
    return deleted.contains(memoryId);
  }

  /**
   * Whether the journal names this memory: an ingestion of the load created it, or rollback deleted
   * it or tried to.
   */
  public synchronized boolean isKnownMemory(String memoryId) {
    return knownMemories.contains(memoryId);
  }

  /**
   * Memories of this document that rollback found by search (whether deleted yet or not) and that
   * no polled ingestion named, in the order found.
   */
  public synchronized List<String> recoveredMemories(String documentId) {
    Set<String> all = rollbackMemories.get(documentId);
    if (all == null) {
      return List.of();
    }
    DocState d = docs.get(documentId);
    List<String> polled = d == null ? List.of() : d.memoryIds();
    return all.stream().filter(m -> !polled.contains(m)).toList();
  }

  /** Memories rollback could not delete yet, with the last error for each. */
  public synchronized Map<String, String> deleteFailures() {
    return Map.copyOf(deleteFailures);
  }

  /**
   * Whether the document's last answer was {@link ItemResult.Outcome#HELD_BY_PREVIOUS}: refused
   * because an earlier load's version holds its id, and not retired yet (a catch-up plans it
   * again).
   */
  public synchronized boolean isHeld(String documentId) {
    return held.contains(documentId);
  }

  /** The catch-up's retirement of this document, if it journaled one. */
  public synchronized Optional<JournalRecord.Retiring> retirement(String documentId) {
    return Optional.ofNullable(retirements.get(documentId));
  }

  /** Every retirement this journal holds, in the order first journaled. */
  public synchronized List<JournalRecord.Retiring> retirements() {
    return List.copyOf(retirements.values());
  }

  /** Counts of documents per phase. */
  public synchronized Tally tally() {
    return counter.tally(skipped.size(), deleted.size());
  }
}
