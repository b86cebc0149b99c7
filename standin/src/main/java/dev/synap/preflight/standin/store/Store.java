package dev.synap.preflight.standin.store;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.standin.DuplicatePolicy;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
 * All state of one stand-in instance. Every change is written as a {@link LogEvent} (forced to disk
 * when there is a state directory) and then applied, so replaying the log rebuilds exactly what was
 * acknowledged. Thread-safe: one monitor guards everything.
 */
public final class Store implements Closeable {
  static final String DROPPED = "extraction failed: the document was dropped (stand-in drop fault)";

  private final Instance instance;
  private final Clock clock;
  private final IdSource ids;
  private final Map<String, IngestionRecord> ingestions = new LinkedHashMap<>();
  private final Map<String, String> currentByDocument = new HashMap<>();
  private final Map<String, StoredMemory> memories = new LinkedHashMap<>();

  /** The ids of {@link #memories} by document, in the order they were stored. */
  private final Map<String, Set<String>> memoryIdsByDocument = new HashMap<>();

  private final IngestionWorker worker;
  private EventLog log;
  private boolean closed;

  private Store(Instance instance, Clock clock, long seed, Duration delay) {
    this.instance = instance;
    this.clock = clock;
    this.ids = new IdSource(seed);
    this.worker = new IngestionWorker(delay, this::startProcessing, this::complete);
  }

  /** Opens a store, replaying {@code stateDir} (nullable) and resuming unfinished ingestions. */
  public static Store open(Instance instance, Clock clock, long seed, Duration delay, Path stateDir)
      throws IOException {
    Store store = new Store(instance, clock, seed, delay);
    if (stateDir != null) {
      store.log = EventLog.open(stateDir, store::apply);
    }
    synchronized (store) {
      for (IngestionRecord r : store.ingestions.values()) {
        if (!r.terminal()) {
          store.worker.submit(r.ingestionId());
        }
      }
    }
    return store;
  }

  public Instance instance() {
    return instance;
  }

  /**
   * Accepts a create ({@code single}) or batch call. Returns one record per intake, index-aligned.
   *
   * @throws DuplicateDocumentException for a single create under {@link DuplicatePolicy#CONFLICT}
   */
  public synchronized List<IngestionRecord> accept(
      List<Intake> items, DuplicatePolicy policy, boolean single) throws IOException {
    checkOpen();
    String now = Timestamps.now(clock);
    Set<String> takenHere = new HashSet<>();
    List<IngestionRecord> out = new ArrayList<>(items.size());
    for (Intake item : items) {
      if (item.rejection() != null) {
        out.add(rejected(item.clientDocumentId(), item.rejection(), now));
        continue;
      }
      Submission s = item.submission();
      String documentId = s.documentId() != null ? s.documentId() : ids.next();
      if (s.documentId() != null && (takenHere.contains(documentId) || taken(documentId))) {
        if (policy == DuplicatePolicy.CONFLICT && single) {
          throw new DuplicateDocumentException(documentId);
        }
        if (policy != DuplicatePolicy.UPSERT) {
          out.add(
              rejected(
                  documentId,
                  "duplicate document_id: '" + documentId + "' was already ingested",
                  now));
          continue;
        }
      }
      takenHere.add(documentId);
      out.add(
          new IngestionRecord(
              ids.next(),
              documentId,
              IngestionRecord.QUEUED,
              now,
              null,
              null,
              List.of(),
              null,
              s,
              item.drop()));
    }
    record(LogEvent.accepted(ids.counter(), out));
    for (IngestionRecord r : out) {
      if (!r.terminal()) {
        worker.submit(r.ingestionId());
      }
    }
    return out;
  }

  private IngestionRecord rejected(String documentId, String reason, String now) {
    String id = documentId != null ? documentId : ids.next();
    return new IngestionRecord(
        ids.next(),
        id,
        IngestionRecord.FAILED,
        now,
        null,
        now,
        List.of(),
        reason,
        null,
        Intake.Drop.NONE);
  }

  /**
   * Whether a document id is held: its current ingestion did not fail and, once it finished, at
   * least one memory it created is still there. The stand-in's reading of delete-then-create
   * (synap-api.md §2.7 is silent on it): deleting every memory of a document frees its id.
   */
  private boolean taken(String documentId) {
    String current = currentByDocument.get(documentId);
    if (current == null) {
      return false;
    }
    IngestionRecord r = ingestions.get(current);
    if (IngestionRecord.FAILED.equals(r.status())) {
      return false;
    }
    return !r.terminal()
        || r.memoryIds().isEmpty()
        || r.memoryIds().stream().anyMatch(memories::containsKey);
  }

  public synchronized Optional<IngestionRecord> ingestion(String ingestionId) {
    return Optional.ofNullable(ingestions.get(ingestionId));
  }

  public synchronized Optional<StoredMemory> memory(String memoryId) {
    return Optional.ofNullable(memories.get(memoryId));
  }

  /** Deletes a memory; empty when it does not exist (any more). */
  public synchronized boolean delete(String memoryId) throws IOException {
    checkOpen();
    if (!memories.containsKey(memoryId)) {
      return false;
    }
    record(LogEvent.deleted(ids.counter(), memoryId));
    return true;
  }

  /** A snapshot of every retrievable memory, in creation order. */
  public synchronized List<StoredMemory> memories() {
    return new ArrayList<>(memories.values());
  }

  /** Waits until every accepted ingestion is terminal. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    return worker.awaitIdle(timeout);
  }

  synchronized void startProcessing(String ingestionId) {
    IngestionRecord r = ingestions.get(ingestionId);
    if (!closed && r != null && IngestionRecord.QUEUED.equals(r.status())) {
      ingestions.put(ingestionId, r.processing(Timestamps.now(clock)));
    }
  }

  /**
   * Finishes an ingestion (on the worker thread). The extraction runs outside the monitor, as a
   * service extracts in the background without holding up intake; its result is then recorded under
   * the monitor.
   */
  void complete(String ingestionId) {
    IngestionRecord queued;
    synchronized (this) {
      queued = ingestions.get(ingestionId);
      if (closed || queued == null || queued.terminal()) {
        return;
      }
    }
    List<Extractor.Draft> drafts =
        queued.drop() == Intake.Drop.NONE
            ? Extractor.extract(queued.submission().document(), queued.submission().documentType())
            : List.of();
    finish(ingestionId, drafts);
  }

  private synchronized void finish(String ingestionId, List<Extractor.Draft> drafts) {
    IngestionRecord r = ingestions.get(ingestionId);
    if (closed || r == null || r.terminal()) {
      return;
    }
    String now = Timestamps.now(clock);
    List<StoredMemory> created = new ArrayList<>();
    List<String> superseded = new ArrayList<>();
    IngestionRecord done;
    if (r.drop() == Intake.Drop.FAIL) {
      done = r.finished(IngestionRecord.FAILED, now, List.of(), DROPPED);
    } else {
      if (r.drop() == Intake.Drop.NONE) {
        created = stored(r, drafts, now);
      }
      if (ingestionId.equals(currentByDocument.get(r.documentId()))) {
        for (String id : memoryIdsByDocument.getOrDefault(r.documentId(), Set.of())) {
          if (!memories.get(id).ingestionId().equals(ingestionId)) {
            superseded.add(id);
          }
        }
      }
      List<String> memoryIds = created.stream().map(StoredMemory::memoryId).toList();
      done = r.finished(IngestionRecord.COMPLETED, now, memoryIds, null);
    }
    try {
      record(LogEvent.completed(ids.counter(), done, created, superseded));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<StoredMemory> stored(IngestionRecord r, List<Extractor.Draft> drafts, String now) {
    Submission s = r.submission();
    List<StoredMemory> out = new ArrayList<>();
    for (Extractor.Draft d : drafts) {
      out.add(
          new StoredMemory(
              ids.next(),
              r.ingestionId(),
              r.documentId(),
              d.content(),
              d.memoryType(),
              d.confidence(),
              d.category(),
              d.eventDate(),
              s.scope(),
              now));
    }
    return out;
  }

  private void record(LogEvent event) throws IOException {
    if (log != null) {
      log.append(event);
    }
    apply(event);
  }

  private synchronized void apply(LogEvent e) {
    ids.advanceTo(e.seq());
    switch (e.type()) {
      case LogEvent.ACCEPTED -> {
        for (IngestionRecord r : e.ingestions()) {
          ingestions.put(r.ingestionId(), r);
          if (!r.terminal()) {
            currentByDocument.put(r.documentId(), r.ingestionId());
          }
        }
      }
      case LogEvent.COMPLETED -> {
        ingestions.put(e.ingestion().ingestionId(), e.ingestion());
        e.superseded().forEach(this::forget);
        e.memories().forEach(this::keep);
      }
      case LogEvent.DELETED -> forget(e.memoryId());
      default -> throw new IllegalStateException("unknown state event type " + e.type());
    }
  }

  private void keep(StoredMemory m) {
    memories.put(m.memoryId(), m);
    memoryIdsByDocument
        .computeIfAbsent(m.documentId(), d -> new LinkedHashSet<>())
        .add(m.memoryId());
  }

  private void forget(String memoryId) {
    StoredMemory m = memories.remove(memoryId);
    if (m != null) {
      Set<String> ids = memoryIdsByDocument.get(m.documentId());
      ids.remove(memoryId);
      if (ids.isEmpty()) {
        memoryIdsByDocument.remove(m.documentId());
      }
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the stand-in is closed");
    }
  }

  @Override
  public void close() throws IOException {
    synchronized (this) {
      closed = true;
    }
    try {
      worker.shutdown();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (log != null) {
        log.close();
      }
    }
  }
}
