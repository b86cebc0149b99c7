package dev.synap.preflight.loader.journal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;

/**
 * One line of the journal. The {@code t} property names the kind; every kind is a record here.
 * Timestamps are ISO-8601 UTC strings.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "t")
@JsonSubTypes({
  @JsonSubTypes.Type(value = JournalRecord.Header.class, name = "header"),
  @JsonSubTypes.Type(value = JournalRecord.RunStarted.class, name = "run"),
  @JsonSubTypes.Type(value = JournalRecord.Skipped.class, name = "skipped"),
  @JsonSubTypes.Type(value = JournalRecord.BatchSent.class, name = "sent"),
  @JsonSubTypes.Type(value = JournalRecord.BatchResult.class, name = "result"),
  @JsonSubTypes.Type(value = JournalRecord.BatchFailed.class, name = "batch-failed"),
  @JsonSubTypes.Type(value = JournalRecord.Polled.class, name = "polled"),
  @JsonSubTypes.Type(value = JournalRecord.Found.class, name = "found"),
  @JsonSubTypes.Type(value = JournalRecord.Deleted.class, name = "deleted"),
  @JsonSubTypes.Type(value = JournalRecord.DeleteFailed.class, name = "delete-failed"),
  @JsonSubTypes.Type(value = JournalRecord.Retiring.class, name = "retiring")
})
public sealed interface JournalRecord {

  /**
   * The first record: what this journal is a load of.
   *
   * @param format journal format version (1 or {@value #FORMAT}); a journal of a newer format is
   *     refused, never misread
   * @param tool the preflight version that created it
   * @param created when the journal was created
   * @param profile the profile the export was read through
   * @param files the export files, in input order, with their SHA-256
   * @param options the options of the first run (never a secret)
   * @param since for a catch-up ({@code load --since}), the journal directory of the load it brings
   *     up to date (absolute); null for a first load
   */
  record Header(
      int format,
      String tool,
      String created,
      String profile,
      List<ExportFile> files,
      Map<String, String> options,
      String since)
      implements JournalRecord {
    /**
     * The newest format this version reads: 2 adds each document's content fingerprint to {@code
     * sent} records and journals the tracking policy of each run; 3 (written by catch-ups only, so
     * that an older preflight refuses them instead of misreading them) adds {@code since}, {@code
     * retiring} records and the {@code held_by_previous} answer; format 1 is read as a load that
     * tracked every document.
     */
    public static final int FORMAT = 3;

    /** The format a first load writes. */
    public static final int LOAD_FORMAT = 2;

    /** The format a catch-up writes. */
    public static final int CATCH_UP_FORMAT = 3;

    /** A header of a first load (no {@code since}). */
    public Header(
        int format,
        String tool,
        String created,
        String profile,
        List<ExportFile> files,
        Map<String, String> options) {
      this(format, tool, created, profile, files, options, null);
    }
  }

  /**
   * A run (load, poll or rollback) started against this journal.
   *
   * @param at start time
   * @param command {@code load} or {@code rollback}
   * @param force whether the validator gate was overridden with {@code --force}
   * @param gate the gate outcome the run saw (e.g. {@code passed}, {@code failed: 3 errors})
   * @param options this run's options
   * @param answeredAtStart documents with an answer (accepted or rejected) when the run started
   * @param expectedTotal documents the run expects to cover (0 when unknown), for the ETA
   */
  record RunStarted(
      String at,
      String command,
      boolean force,
      String gate,
      Map<String, String> options,
      long answeredAtStart,
      long expectedTotal)
      implements JournalRecord {}

  /**
   * A document the loader refused to send (no document id, or an id seen earlier in the export).
   *
   * @param seq the document's 0-based position in the export
   * @param origin file and line of the record
   * @param documentId its id (null when it has none)
   * @param reason why it was not sent
   */
  record Skipped(long seq, String origin, String documentId, String reason)
      implements JournalRecord {}

  /**
   * A batch is about to be sent; written and forced before the request leaves.
   *
   * @param batch batch number, unique within the journal
   * @param ids the document ids, in request order
   * @param fingerprints each document's {@link DocumentFingerprint}, index-aligned with {@code ids}
   *     (format 2; null in journals of format 1)
   */
  record BatchSent(long batch, List<String> ids, List<String> fingerprints)
      implements JournalRecord {

    /** A batch without fingerprints. */
    public BatchSent(long batch, List<String> ids) {
      this(batch, ids, null);
    }
  }

  /**
   * The service answered a batch: one item per document, in request order.
   *
   * @param batch the batch number of the matching {@link BatchSent}
   * @param items per-document results
   */
  record BatchResult(long batch, List<ItemResult> items) implements JournalRecord {}

  /**
   * A batch got no per-document answer (timeout, 5xx after retries, connection reset). Its
   * documents stay in flight: Synap may or may not have them.
   *
   * @param batch the batch number
   * @param error what went wrong
   */
  record BatchFailed(long batch, String error) implements JournalRecord {}

  /**
   * A terminal ingestion status seen by polling.
   *
   * @param documentId the document
   * @param ingestionId the ingestion polled
   * @param status {@code completed}, {@code partial_success}, {@code failed} or {@code unknown}
   *     (the status record no longer exists)
   * @param memoryIds the memories it created
   * @param error the service's message, if any
   */
  record Polled(
      String documentId, String ingestionId, String status, List<String> memoryIds, String error)
      implements JournalRecord {}

  /**
   * A memory of a document the journal named no memories for, found by rollback's search of the
   * document's scope (its {@code source_document_id} is the document); written before it is
   * deleted, so a rollback stopped in between deletes it on the next run.
   *
   * @param documentId the document it came from
   * @param memoryId the memory
   */
  record Found(String documentId, String memoryId) implements JournalRecord {}

  /**
   * A memory deleted by rollback (or found already gone).
   *
   * @param documentId the document it came from
   * @param memoryId the memory
   * @param alreadyGone true when the service said it did not exist
   */
  record Deleted(String documentId, String memoryId, boolean alreadyGone)
      implements JournalRecord {}

  /**
   * A delete rollback could not do; retried by the next rollback.
   *
   * @param documentId the document it came from
   * @param memoryId the memory
   * @param error what went wrong
   */
  record DeleteFailed(String documentId, String memoryId, String error) implements JournalRecord {}

  /**
   * A catch-up is about to delete the memories an earlier load of the chain created for a document:
   * because the new export no longer has it ({@value #REMOVED}, only with {@code
   * --delete-removed}), or because the service still holds its earlier version under its {@code
   * document_id} and refuses the changed one ({@value #REPLACED}: delete, then send again). Forced
   * before the first delete; each delete is then journaled as {@link Deleted}, so a catch-up killed
   * in between finishes the deletes before it sends anything.
   *
   * @param documentId the document
   * @param reason {@value #REMOVED} or {@value #REPLACED}
   * @param memoryIds the earlier version's memories
   */
  record Retiring(String documentId, String reason, List<String> memoryIds)
      implements JournalRecord {
    /** The document is gone from the new export. */
    public static final String REMOVED = "removed";

    /** The document changed and its earlier version blocks its id. */
    public static final String REPLACED = "replaced";
  }
}
