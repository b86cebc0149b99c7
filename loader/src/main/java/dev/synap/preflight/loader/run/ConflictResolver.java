package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.DocState;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.plan.DocumentSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the memories of documents a resumed load found already loaded (a duplicate-id conflict for
 * a document in flight) when the service did not say which ingestion holds them: each such
 * document's scope is searched with its sentences, exactly as rollback searches, and every memory
 * whose {@code source_document_id} is the document is journaled ({@code found}), so the manifest
 * names it and rollback deletes it by id. Nothing is deleted here.
 */
final class ConflictResolver {
  private final Journal journal;
  private final MemoryFinder finder;
  private final LoadOptions options;

  ConflictResolver(Journal journal, MemoryFinder finder, LoadOptions options) {
    this.journal = journal;
    this.finder = finder;
    this.options = options;
  }

  /**
   * Searches for every such document not resolved yet.
   *
   * @return one line per document still without a memory found, with the reason
   */
  List<String> resolve(DocumentSource source) throws Exception {
    Set<String> ids = new LinkedHashSet<>();
    for (DocState d : journal.state().docs()) {
      if (needsSearch(d)) {
        ids.add(d.documentId());
      }
    }
    Map<String, String> errors =
        MemoryRecovery.searchAll(journal, finder, null, source, ids, options.concurrency());
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      if (journal.state().recoveredMemories(id).isEmpty()) {
        String error = errors.get(id);
        out.add(
            id
                + ": loaded by an earlier attempt whose answer was lost; "
                + (error == null
                    ? "a search of its scope with its text found none of its memories"
                    : "searching for its memories failed (" + error + "); run the load again"));
      }
    }
    return out;
  }

  private boolean needsSearch(DocState d) {
    return d.byConflict()
        && d.ingestionId() == null
        && journal.state().recoveredMemories(d.documentId()).isEmpty();
  }
}
