package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.plan.DocumentSource;
import dev.synap.preflight.loader.plan.SourceDocument;
import dev.synap.preflight.rules.model.MemoryDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Finds, by search, the memories of documents the journal cannot name memories for, and deletes
 * them: the document's scope is searched with each of its sentences, every memory returned that the
 * journal does not know is looked up, and those whose {@code source_document_id} is the document
 * are deleted (journaled like every other delete, so a stopped rollback resumes).
 */
final class MemoryRecovery {
  private final Journal journal;
  private final MemoryFinder finder;
  private final Deleter deleter;
  private final Map<String, Optional<String>> sources = new ConcurrentHashMap<>();

  MemoryRecovery(Journal journal, MemoryFinder finder, Deleter deleter) {
    this.journal = journal;
    this.finder = finder;
    this.deleter = deleter;
  }

  /**
   * Searches for the memories of the export's documents with these ids, with {@code concurrency}
   * workers, deleting each one found when {@code deleter} is given.
   *
   * @return the documents whose search failed (not fatally), with the message
   */
  static Map<String, String> searchAll(
      Journal journal,
      MemoryFinder finder,
      Deleter deleter,
      DocumentSource source,
      Set<String> ids,
      int concurrency)
      throws Exception {
    Map<String, String> errors = new ConcurrentHashMap<>();
    if (ids.isEmpty()) {
      return errors;
    }
    ConcurrentLinkedQueue<MemoryDocument> docs = new ConcurrentLinkedQueue<>(read(source, ids));
    MemoryRecovery recovery = new MemoryRecovery(journal, finder, deleter);
    Workers.run(
        Math.min(concurrency, Math.max(1, docs.size())),
        "search",
        journal,
        () -> {
          MemoryDocument doc;
          while ((doc = docs.poll()) != null) {
            try {
              recovery.recover(doc);
            } catch (IngestException e) {
              if (e.kind() == IngestException.Kind.FATAL) {
                throw e;
              }
              errors.put(doc.documentId(), e.getMessage());
            }
          }
        });
    return errors;
  }

  /** The export's documents with these ids (the first document of each id, as the load sent). */
  static List<MemoryDocument> read(DocumentSource source, Set<String> ids) throws Exception {
    Map<String, MemoryDocument> found = new LinkedHashMap<>();
    try (DocumentSource.Cursor cursor = source.open()) {
      while (cursor.hasNext() && found.size() < ids.size()) {
        SourceDocument s = cursor.next();
        String id = s.document().documentId();
        if (id != null && ids.contains(id)) {
          found.putIfAbsent(id, s.document());
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  /**
   * A memory's source document, looked up once per recovery: documents of one scope return many of
   * the same memories, and each lookup is a request against the budget.
   */
  private Optional<String> sourceOf(String memoryId) throws IngestException {
    Optional<String> known = sources.get(memoryId);
    if (known != null) {
      return known;
    }
    Optional<String> source = finder.sourceDocument(memoryId);
    sources.put(memoryId, source);
    return source;
  }

  /**
   * Searches for one document's memories and deletes them.
   *
   * @throws IngestException when a search or lookup failed (what was deleted so far is journaled)
   */
  void recover(MemoryDocument doc) throws Exception {
    Set<String> seen = new HashSet<>();
    for (String query : SearchQueries.of(doc.document())) {
      for (String memoryId : finder.search(doc, List.of(query))) {
        if (memoryId == null || !seen.add(memoryId) || journal.state().isKnownMemory(memoryId)) {
          continue;
        }
        Optional<String> source = sourceOf(memoryId);
        if (source.isPresent() && source.get().equals(doc.documentId())) {
          journal.append(new JournalRecord.Found(doc.documentId(), memoryId));
          if (deleter != null) {
            List<JournalRecord> outcome = new ArrayList<>(1);
            deleter.delete(doc.documentId(), memoryId, outcome);
            deleter.commit(outcome);
          }
        }
      }
    }
  }
}
