package dev.synap.preflight.spark.check;

import dev.synap.preflight.validator.finding.Finding;
import dev.synap.preflight.validator.run.ProcessedRecord;
import java.io.Serializable;
import java.util.List;

/**
 * What a task hands on: of a checked record, only what crosses records (its findings, duplicate
 * keys, user and customer) with its place in input order; or, once per unit, what the unit learned
 * ({@link UnitDone}). Per-record counts and statistics are folded in the task.
 *
 * @param fileIndex the record's file
 * @param part the part of the file it was read in (0 for a whole file)
 * @param seq its rank in the part
 * @param line its line, counted from the part's start
 * @param byteOffset its byte offset in the file
 * @param isDocument whether it was mapped to a document
 * @param findings its own findings (lines counted from the part's start)
 * @param keys its duplicate keys, or null
 * @param userId its user, or null
 * @param customerId its customer, or null
 * @param done the unit's summary (then every other field is empty), or null
 */
public record Checked(
    int fileIndex,
    int part,
    long seq,
    long line,
    long byteOffset,
    boolean isDocument,
    List<Finding> findings,
    ProcessedRecord.DuplicateKeys keys,
    String userId,
    String customerId,
    UnitDone done)
    implements Serializable {

  static Checked of(int part, long seq, ProcessedRecord r) {
    return new Checked(
        r.fileIndex(),
        part,
        seq,
        r.line(),
        r.byteOffset(),
        r.isDocument(),
        r.findings(),
        r.keys(),
        r.userId(),
        r.customerId(),
        null);
  }

  static Checked end(UnitDone done, long seq) {
    return new Checked(
        done.fileIndex(), done.part(), seq, 0, 0, false, List.of(), null, null, null, done);
  }

  /** Whether anything crosses records: findings, keys or scope ids. */
  boolean crosses() {
    return !findings.isEmpty() || keys != null || userId != null || customerId != null;
  }
}
