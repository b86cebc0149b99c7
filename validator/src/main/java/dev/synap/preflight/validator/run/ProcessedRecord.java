package dev.synap.preflight.validator.run;

import dev.synap.preflight.validator.finding.Finding;
import java.util.List;

/**
 * What a worker learned about one record, handed to the aggregator in input order.
 *
 * @param isRecord the raw record counts as a record (it is not a file-level structure problem)
 * @param isDocument it decoded to a JSON object and was mapped
 * @param findings the record's own findings
 * @param keys duplicate-detection keys, or null when the record has neither id nor text
 * @param documentBytes UTF-8 size of the document text, or -1 without text
 * @param createdMonth {@code yyyy-MM} of the creation time, or null
 * @param userId the user id, or null
 * @param customerId the customer id, or null
 * @param internalError a bug met while checking this record, or null
 * @param sourceType the kind of source item of the document (memory, message, block, …), or null
 * @param skipped reasons of the items of this record the profile skipped on purpose
 */
public record ProcessedRecord(
    int fileIndex,
    long line,
    long byteOffset,
    boolean isRecord,
    boolean isDocument,
    List<Finding> findings,
    DuplicateKeys keys,
    long documentBytes,
    String createdMonth,
    String userId,
    String customerId,
    String internalError,
    String sourceType,
    List<String> skipped)
    implements java.io.Serializable {

  public ProcessedRecord {
    skipped = List.copyOf(skipped);
  }

  /**
   * Hashes for duplicate detection.
   *
   * @param documentId the id, or null when the record has none
   * @param idHi high half of the id's 128-bit hash
   * @param idLo low half
   * @param signature 32 bits of the text's hash (high) and 32 of every other field's (low)
   * @param hasText whether the record has non-blank text (then {@code textHi/textLo} are set)
   * @param textHi high half of the normalized text's 128-bit hash
   * @param textLo low half
   */
  public record DuplicateKeys(
      String documentId,
      long idHi,
      long idLo,
      long signature,
      boolean hasText,
      long textHi,
      long textLo)
      implements java.io.Serializable {}
}
