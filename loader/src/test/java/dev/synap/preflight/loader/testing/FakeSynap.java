package dev.synap.preflight.loader.testing;

import dev.synap.preflight.loader.run.IngestException;
import dev.synap.preflight.loader.run.IngestService;
import dev.synap.preflight.loader.run.SendOutcome;
import dev.synap.preflight.loader.run.StatusResult;
import dev.synap.preflight.rules.model.MemoryDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * An in-memory Synap for loader tests: duplicate-id policy, per-document rejections (ids containing
 * {@code bad}), ingestions that complete after a few status calls, transient faults before or after
 * a batch is processed (the latter loses the answer), and crashes through a {@link Crasher}. It
 * counts creations, sends and lost answers per document id, and records any send of a document
 * whose answer is already on disk in the journal.
 */
public final class FakeSynap implements IngestService {
  /** What a re-sent id does. */
  public enum Policy {
    /** Duplicate outcome, naming the existing ingestion. */
    CONFLICT_NAMED,
    /** Duplicate outcome without the existing ingestion. */
    CONFLICT_ANONYMOUS,
    /** Accepted again (a new ingestion), the document replaced. */
    UPSERT
  }

  private record Ingestion(String documentId, List<String> memoryIds, int[] callsLeft) {}

  private final Random random;
  private final Policy policy;
  private final Crasher crasher;
  private final double faultRate;
  private final Map<String, String> docToIngestion = new HashMap<>();
  private final Map<String, Ingestion> ingestions = new HashMap<>();
  private final Set<String> memories = new HashSet<>();
  private final Map<String, Integer> creations = new HashMap<>();
  private final Map<String, Integer> sends = new HashMap<>();
  private final Map<String, Integer> lost = new HashMap<>();
  private final Set<String> answeredOnDisk;
  private final List<String> violations = new ArrayList<>();

  /**
   * A fake.
   *
   * @param seed random seed
   * @param policy duplicate-id policy
   * @param crasher crash points (may crash nothing)
   * @param faultRate probability of a transient fault per call
   * @param answeredOnDisk ids whose batch result the journal has forced (kept by the test's hook)
   */
  public FakeSynap(
      long seed, Policy policy, Crasher crasher, double faultRate, Set<String> answeredOnDisk) {
    this.random = new Random(seed);
    this.policy = policy;
    this.crasher = crasher;
    this.faultRate = faultRate;
    this.answeredOnDisk = answeredOnDisk;
  }

  @Override
  public List<SendOutcome> send(List<MemoryDocument> documents) throws IngestException {
    synchronized (this) {
      for (MemoryDocument d : documents) {
        sends.merge(d.documentId(), 1, Integer::sum);
        if (answeredOnDisk.contains(d.documentId())) {
          violations.add("sent again after its answer was journaled: " + d.documentId());
        }
      }
    }
    try {
      crasher.maybe("before batch processed");
      if (fault()) {
        throw new IngestException(IngestException.Kind.TRANSIENT, "503 before processing");
      }
      List<SendOutcome> out = process(documents);
      crasher.maybe("after batch processed, answer lost");
      if (fault()) {
        throw new IngestException(IngestException.Kind.TRANSIENT, "timeout after processing");
      }
      return out;
    } catch (IngestException | Crash e) {
      synchronized (this) {
        documents.forEach(d -> lost.merge(d.documentId(), 1, Integer::sum));
      }
      throw e;
    }
  }

  private synchronized List<SendOutcome> process(List<MemoryDocument> documents) {
    List<SendOutcome> out = new ArrayList<>();
    for (MemoryDocument d : documents) {
      String id = d.documentId();
      if (id.contains("bad")) {
        out.add(SendOutcome.rejected(id, "document_type 'x' is not allowed"));
      } else if (docToIngestion.containsKey(id) && policy != Policy.UPSERT) {
        String existing = policy == Policy.CONFLICT_NAMED ? docToIngestion.get(id) : null;
        out.add(
            SendOutcome.duplicate(id, existing, "document_id " + id + " already exists", false));
      } else {
        out.add(SendOutcome.accepted(id, ingest(id)));
      }
    }
    return out;
  }

  private String ingest(String id) {
    String old = docToIngestion.get(id);
    if (old != null) {
      memories.removeAll(ingestions.get(old).memoryIds());
    } else {
      creations.merge(id, 1, Integer::sum);
    }
    String ing = UUID.randomUUID().toString();
    List<String> mems = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
      mems.add(UUID.randomUUID().toString());
    }
    memories.addAll(mems);
    docToIngestion.put(id, ing);
    ingestions.put(ing, new Ingestion(id, mems, new int[] {random.nextInt(3)}));
    return ing;
  }

  @Override
  public StatusResult status(String ingestionId) throws IngestException {
    crasher.maybe("status");
    if (fault()) {
      throw new IngestException(IngestException.Kind.TRANSIENT, "429 too many requests");
    }
    synchronized (this) {
      Ingestion ing = ingestions.get(ingestionId);
      if (ing == null) {
        throw new IngestException(IngestException.Kind.NOT_FOUND, "no such ingestion");
      }
      if (ing.callsLeft()[0]-- > 0) {
        return new StatusResult("processing", List.of(), null);
      }
      return new StatusResult("completed", ing.memoryIds(), null);
    }
  }

  @Override
  public void delete(String memoryId) throws IngestException {
    crasher.maybe("before delete");
    if (fault()) {
      throw new IngestException(IngestException.Kind.TRANSIENT, "502 bad gateway");
    }
    synchronized (this) {
      if (!memories.remove(memoryId)) {
        throw new IngestException(IngestException.Kind.NOT_FOUND, "no such memory");
      }
    }
    crasher.maybe("after delete, answer lost");
  }

  private synchronized boolean fault() {
    return faultRate > 0 && random.nextDouble() < faultRate;
  }

  /** How many times the document was created (an upsert is not a creation). */
  public synchronized int creations(String id) {
    return creations.getOrDefault(id, 0);
  }

  /** How many times the document was sent. */
  public synchronized int sends(String id) {
    return sends.getOrDefault(id, 0);
  }

  /** How many sends of the document got no answer back to the loader. */
  public synchronized int lost(String id) {
    return lost.getOrDefault(id, 0);
  }

  /** Whether Synap holds the document. */
  public synchronized boolean holds(String id) {
    return docToIngestion.containsKey(id);
  }

  /** Memories currently stored. */
  public synchronized Set<String> memories() {
    return Set.copyOf(memories);
  }

  /** Memories of one document. */
  public synchronized List<String> memoriesOf(String id) {
    String ing = docToIngestion.get(id);
    return ing == null ? List.of() : List.copyOf(ingestions.get(ing).memoryIds());
  }

  /** Protocol violations seen. */
  public synchronized List<String> violations() {
    return List.copyOf(violations);
  }
}
