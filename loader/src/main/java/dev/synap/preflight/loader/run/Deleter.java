package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalRecord;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deletes one memory and journals the outcome: {@code deleted} (also when the service says it is
 * already gone) or {@code delete-failed} with the service's message. A fatal answer is rethrown.
 */
final class Deleter {
  private final Journal journal;
  private final IngestService service;
  private final AtomicLong deleted = new AtomicLong();
  private final AtomicLong gone = new AtomicLong();

  Deleter(Journal journal, IngestService service) {
    this.journal = journal;
    this.service = service;
  }

  void delete(String documentId, String memoryId) throws Exception {
    try {
      service.delete(memoryId);
      journal.append(new JournalRecord.Deleted(documentId, memoryId, false));
      deleted.incrementAndGet();
    } catch (IngestException e) {
      switch (e.kind()) {
        case NOT_FOUND -> {
          journal.append(new JournalRecord.Deleted(documentId, memoryId, true));
          gone.incrementAndGet();
        }
        case FATAL -> throw e;
        default ->
            journal.append(new JournalRecord.DeleteFailed(documentId, memoryId, e.getMessage()));
      }
    }
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
