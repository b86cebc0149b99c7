package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.loader.journal.JournalRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deletes memories and journals the outcomes in groups: {@code deleted} (also when the service says
 * it is already gone) or {@code delete-failed} with the service's message; a fatal answer is
 * rethrown. A group of up to {@value #GROUP} deletes is forced to the journal once: a crash before
 * that force makes the next rollback send those deletes again, which the service answers "not
 * found" and the journal counts as already gone, so no memory of the load is left and none is
 * deleted twice.
 */
final class Deleter {
  /** Deletes per journal force. */
  static final int GROUP = 50;

  private final Journal journal;
  private final IngestService service;
  private final AtomicLong deleted = new AtomicLong();
  private final AtomicLong gone = new AtomicLong();

  Deleter(Journal journal, IngestService service) {
    this.journal = journal;
    this.service = service;
  }

  /** Deletes one memory, adding its outcome to {@code group} (journaled by {@link #commit}). */
  void delete(String documentId, String memoryId, List<JournalRecord> group) throws Exception {
    try {
      service.delete(memoryId);
      group.add(new JournalRecord.Deleted(documentId, memoryId, false));
      deleted.incrementAndGet();
    } catch (IngestException e) {
      switch (e.kind()) {
        case NOT_FOUND -> {
          group.add(new JournalRecord.Deleted(documentId, memoryId, true));
          gone.incrementAndGet();
        }
        case FATAL -> {
          commit(group);
          throw e;
        }
        default -> group.add(new JournalRecord.DeleteFailed(documentId, memoryId, e.getMessage()));
      }
    }
  }

  /** A memory to delete and the document it came from. */
  record Target(String documentId, String memoryId) {}

  /**
   * Deletes every target of {@code queue} with up to {@code concurrency} workers, each forcing its
   * outcomes in groups of {@value #GROUP}; {@code afterGroup} runs after each force (progress).
   */
  void deleteAll(java.util.Queue<Target> queue, int concurrency, String name, Runnable afterGroup)
      throws Exception {
    if (queue.isEmpty()) {
      return;
    }
    Workers.run(
        Math.min(concurrency, queue.size()),
        name,
        journal,
        () -> {
          List<JournalRecord> group = new ArrayList<>(GROUP);
          Target t;
          while ((t = queue.poll()) != null) {
            delete(t.documentId(), t.memoryId(), group);
            if (group.size() >= GROUP || queue.isEmpty()) {
              commit(group);
              afterGroup.run();
            }
          }
          commit(group);
        });
  }

  /** Journals the group's outcomes with one force and empties it. */
  void commit(List<JournalRecord> group) throws JournalException {
    journal.append(group);
    group.clear();
  }

  /** Memories deleted by this run. */
  long deleted() {
    return deleted.get();
  }

  /** Memories the service said were already gone. */
  long gone() {
    return gone.get();
  }
}
