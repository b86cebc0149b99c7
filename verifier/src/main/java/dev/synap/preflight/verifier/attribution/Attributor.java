package dev.synap.preflight.verifier.attribution;

import dev.synap.preflight.verifier.journal.LoadJournal;
import dev.synap.preflight.verifier.replay.FetchedItem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attribution chain: journal, then {@code source_document_id}, then content. Thread-safe;
 * {@code GET memory} answers are cached per memory id (an item returned by many queries is looked
 * up once).
 */
public final class Attributor {
  private final LoadJournal journal;
  private final MemorySourceLookup lookup;
  private final ContentAttributor content;
  private final Map<String, Lookup> cache = new ConcurrentHashMap<>();

  /**
   * @param journal the load journal, or null without one
   * @param lookup the {@code GET memory} seam ({@link MemorySourceLookup#none()} to skip it)
   * @param content the content attributor
   */
  public Attributor(LoadJournal journal, MemorySourceLookup lookup, ContentAttributor content) {
    this.journal = journal;
    this.lookup = lookup;
    this.content = content;
  }

  public Attribution attribute(FetchedItem item) {
    if (journal != null && item.id() != null) {
      Optional<String> doc = journal.documentOfMemory(item.id());
      if (doc.isPresent()) {
        return new Attribution(
            doc.get(),
            AttributionMethod.JOURNAL,
            1.0,
            List.of(doc.get()),
            "journal: memory " + item.id() + " was created from document " + doc.get());
      }
    }
    String failure = "";
    if (item.id() != null) {
      Lookup l = cache.computeIfAbsent(item.id(), this::lookUp);
      if (l.documentId() != null) {
        return new Attribution(
            l.documentId(),
            AttributionMethod.SOURCE_DOCUMENT_ID,
            1.0,
            List.of(l.documentId()),
            "GET memory " + item.id() + ": source_document_id " + l.documentId());
      }
      failure = l.failure() == null ? "" : "; GET memory " + item.id() + " failed: " + l.failure();
    }
    Attribution byContent = content.attribute(item.content());
    return failure.isEmpty()
        ? byContent
        : new Attribution(
            byContent.documentId(),
            byContent.method(),
            byContent.confidence(),
            byContent.candidates(),
            byContent.evidence() + failure);
  }

  private Lookup lookUp(String memoryId) {
    try {
      return new Lookup(lookup.sourceDocumentId(memoryId).orElse(null), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Lookup(null, "interrupted");
    } catch (Exception e) {
      String m = e.getMessage();
      return new Lookup(null, e.getClass().getSimpleName() + (m == null ? "" : ": " + m));
    }
  }

  private record Lookup(String documentId, String failure) {}
}
