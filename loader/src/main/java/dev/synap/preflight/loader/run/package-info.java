/**
 * The load itself, behind a small port ({@link dev.synap.preflight.loader.run.IngestService}) that
 * an adapter implements over the Synap client: {@link dev.synap.preflight.loader.run.LoadRun} sends
 * planned batches with bounded concurrency, journaling each batch before it leaves and its
 * per-document answers when they come back, then {@link dev.synap.preflight.loader.run.Poller}
 * polls every ingestion until it is terminal, {@link dev.synap.preflight.loader.run.Manifest}
 * writes document_id → ingestion_id → memory_ids, and {@link
 * dev.synap.preflight.loader.run.Rollback} deletes every memory the journal says the load created.
 *
 * <p>The protocol that makes a load exactly-once across crashes: a batch's {@code sent} record is
 * forced to disk before the request; its {@code result} record after the answer. On resume,
 * documents with a result are never sent again; documents only {@code sent} are re-sent, and a
 * duplicate-id conflict for one of them means the earlier attempt reached Synap, so it counts as
 * loaded.
 */
package dev.synap.preflight.loader.run;
