package dev.synap.preflight.validator.baseline;

import dev.synap.preflight.validator.finding.Finding;

/**
 * What identifies a finding across runs: rule, severity, document id and field. File, line, byte
 * offset and message are left out on purpose (they change when an export is re-ordered or
 * re-split).
 *
 * @param rule the rule id, e.g. {@code not-nfc}
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param documentId the document id, or null when the finding has none
 * @param field the source field, or null
 */
public record BaselineKey(String rule, String severity, String documentId, String field) {

  /** The key of a finding of this run. */
  public static BaselineKey of(Finding f) {
    return new BaselineKey(f.rule().id(), f.severity().id(), f.documentId(), f.field());
  }
}
