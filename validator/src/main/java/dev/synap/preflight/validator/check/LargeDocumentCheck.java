package dev.synap.preflight.validator.check;

import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.model.SynapField;
import dev.synap.preflight.validator.finding.RecordFindings;

/**
 * {@code large-document}: the document text takes more UTF-8 bytes than {@code
 * limits.document-soft-bytes} but no more than the hard limit (over that it is {@code
 * oversized-document} instead, never both, unless that rule is switched off).
 */
public final class LargeDocumentCheck implements Check {
  @Override
  public RuleId rule() {
    return RuleId.LARGE_DOCUMENT;
  }

  @Override
  public void check(RecordContext record, RecordFindings findings) {
    String text = record.mapped().document().document();
    Limits limits = record.config().limits();
    long soft = limits.documentSoftBytes();
    if (text == null || (long) text.length() * 3 <= soft) {
      return;
    }
    long bytes = Utf8.length(text);
    boolean oversized = bytes > limits.documentHardBytes();
    if (bytes > soft && (!oversized || !record.config().enabled(RuleId.OVERSIZED_DOCUMENT))) {
      findings.add(
          rule(),
          record.mapped().field(SynapField.DOCUMENT).sourceName(),
          "document is "
              + Messages.bytes(bytes)
              + " of UTF-8, over the soft limit of "
              + Messages.bytes(soft)
              + " (the hard limit is "
              + Messages.bytes(limits.documentHardBytes())
              + ")");
    }
  }
}
