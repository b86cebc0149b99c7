package dev.synap.preflight.loader.run;

import dev.synap.preflight.rules.model.MemoryDocument;
import java.util.List;
import java.util.Optional;

/**
 * What rollback needs to find the memories of a document whose ingestion it cannot name: a search
 * of the document's scope, and the document a memory came from. An adapter over the Synap client
 * implements it ({@code POST /v1/context/{user,customer,client}/fetch} and {@code GET
 * /api/v1/memories/{id}}); tests use an in-memory fake. Implementations retry transient failures
 * themselves.
 */
public interface MemoryFinder {

  /** The most results one search may ask for (the context routes' maximum). */
  int MAX_RESULTS = 50;

  /**
   * Searches the scope the document was loaded into (its user, else its customer, else the client).
   *
   * @return the ids of the memories the service returned, in its order (may hold other documents')
   * @throws IngestException when the search failed
   */
  List<String> search(MemoryDocument scope, List<String> queries) throws IngestException;

  /**
   * The {@code source_document_id} of a memory.
   *
   * @return empty when the memory no longer exists or names no document
   * @throws IngestException when the lookup failed
   */
  Optional<String> sourceDocument(String memoryId) throws IngestException;
}
