package dev.synap.preflight.reports.model;

/**
 * One listed finding. All text may come from the untrusted export and is escaped by every writer.
 *
 * @param rule the rule id
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param file the input path as given on the command line
 * @param line 1-based physical line (for JSON arrays the line where the element starts); 0 when
 *     unknown
 * @param byteOffset 0-based byte offset of the record (or of the bad bytes) in the decompressed
 *     input
 * @param documentId the document id when known, else {@code null}
 * @param field the field concerned (e.g. {@code content}, {@code metadata.source}), else {@code
 *     null}
 * @param message a human-readable explanation
 * @param baseline {@link #NEW} or {@link #ACCEPTED} when the run had a baseline, else null (since
 *     schema 1.1)
 */
public record ReportFinding(
    String rule,
    String severity,
    String file,
    long line,
    long byteOffset,
    String documentId,
    String field,
    String message,
    String baseline) {

  /** {@link #baseline()} of a finding the baseline did not have: it counts for the gate. */
  public static final String NEW = "new";

  /** {@link #baseline()} of a finding the baseline accepted (still present). */
  public static final String ACCEPTED = "accepted";

  /** A finding of a run without a baseline. */
  public ReportFinding(
      String rule,
      String severity,
      String file,
      long line,
      long byteOffset,
      String documentId,
      String field,
      String message) {
    this(rule, severity, file, line, byteOffset, documentId, field, message, null);
  }

  /** Whether a baseline accepted this finding (it does not count for the gate). */
  public boolean accepted() {
    return ACCEPTED.equals(baseline);
  }
}
