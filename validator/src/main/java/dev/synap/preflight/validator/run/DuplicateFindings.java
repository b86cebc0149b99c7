package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.validator.finding.Finding;
import dev.synap.preflight.validator.finding.RecordFindings;
import java.util.List;

/**
 * The findings of a later occurrence of an id or a text, given its first occurrence in input order:
 * what {@code DuplicateTracker} reports, for an engine that finds first occurrences by grouping on
 * the keys ({@link ProcessedRecord.DuplicateKeys}) instead.
 */
public final class DuplicateFindings {
  private DuplicateFindings() {}

  /**
   * {@code duplicate-id} or {@code conflicting-id} for the record at {@code file}, {@code line} and
   * {@code byteOffset} with id {@code documentId} and content signature {@code signature} ({@link
   * ProcessedRecord.DuplicateKeys#signature()}), whose id was first used at {@code firstWhere}
   * ({@code file:line}) by a record of signature {@code firstSig}.
   */
  public static List<Finding> id(
      CheckConfig config,
      String file,
      long line,
      long byteOffset,
      String documentId,
      long signature,
      String firstWhere,
      long firstSig) {
    RecordFindings out = new RecordFindings(config, file, line, byteOffset);
    out.documentId(documentId);
    report(out, documentId, signature, firstWhere, firstSig);
    return out.list();
  }

  /**
   * {@code duplicate-content} for the record at {@code file}, {@code line} and {@code byteOffset}
   * (id {@code documentId}, or null): the same text as the record at {@code firstWhere}, whose id
   * differs.
   */
  public static List<Finding> content(
      CheckConfig config,
      String file,
      long line,
      long byteOffset,
      String documentId,
      String firstWhere) {
    RecordFindings out = new RecordFindings(config, file, line, byteOffset);
    out.documentId(documentId);
    reportText(out, firstWhere);
    return out.list();
  }

  static void report(
      RecordFindings out, String documentId, long signature, String firstWhere, long sig) {
    String first = "document id '" + documentId + "' was already used at " + firstWhere;
    if (sig == signature) {
      out.add(
          RuleId.DUPLICATE_ID,
          null,
          first
              + " with identical content (harmless under upsert; rejected where Synap answers 409)");
    } else if ((sig >>> 32) != (signature >>> 32)) {
      out.add(
          RuleId.CONFLICTING_ID,
          null,
          first + " with different text: one of the two documents would be lost");
    } else {
      out.add(
          RuleId.CONFLICTING_ID,
          null,
          first
              + " with the same text but a different type, timestamp, scope, mode or metadata:"
              + " one version would be lost");
    }
  }

  static void reportText(RecordFindings out, String firstWhere) {
    out.add(
        RuleId.DUPLICATE_CONTENT,
        null,
        "same text (after NFC and whitespace normalization) as the record at "
            + firstWhere
            + ", which has a different document id");
  }
}
