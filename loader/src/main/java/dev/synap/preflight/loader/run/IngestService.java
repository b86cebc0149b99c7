package dev.synap.preflight.loader.run;

import dev.synap.preflight.rules.model.MemoryDocument;
import java.util.List;

/**
 * What the loader needs from Synap. An adapter over the Synap client implements it; tests use an
 * in-memory fake. Implementations retry transient failures themselves (and honour rate limits); an
 * {@link IngestException} means retrying did not help.
 */
public interface IngestService {

  /**
   * Sends one batch ({@code fail_fast=false}, nothing the batch endpoint does not define).
   *
   * @return one outcome per document, index-aligned with {@code documents}
   * @throws IngestException {@code TRANSIENT} when no per-document answer came back (the batch may
   *     or may not have reached Synap), {@code REJECTED} when the whole batch was refused, {@code
   *     FATAL} when the load cannot go on (bad key, wrong URL)
   */
  List<SendOutcome> send(List<MemoryDocument> documents) throws IngestException;

  /**
   * The status of one ingestion.
   *
   * @throws IngestException {@code NOT_FOUND} when the service has no such ingestion (expired)
   */
  StatusResult status(String ingestionId) throws IngestException;

  /**
   * Deletes one memory.
   *
   * @throws IngestException {@code NOT_FOUND} when it does not exist (already deleted)
   */
  void delete(String memoryId) throws IngestException;

  /**
   * HTTP requests sent so far (every attempt, retries included; 0 when not counted), for the
   * requests/s a progress line and a load report show.
   */
  default long requests() {
    return 0;
  }

  /** Requests answered 429 (rate limited) so far (0 when not counted). */
  default long rateLimited() {
    return 0;
  }
}
