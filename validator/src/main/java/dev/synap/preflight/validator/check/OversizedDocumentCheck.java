package dev.synap.preflight.validator.check;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.model.SynapField;
import dev.synap.preflight.validator.finding.RecordFindings;

/**
 * {@code oversized-document}: the document text takes more UTF-8 bytes than {@code
 * limits.document-hard-bytes}. An object-valued document is measured as its JSON text.
 */
public final class OversizedDocumentCheck implements Check {
  @Override
  public RuleId rule() {
    return RuleId.OVERSIZED_DOCUMENT;
  }

  @Override
  public void check(RecordContext record, RecordFindings findings) {
    String text = record.mapped().document().document();
    long limit = record.config().limits().documentHardBytes();
    if (text == null || (long) text.length() * 3 <= limit) {
      return;
    }
    long bytes = Utf8.length(text);
    if (bytes > limit) {
      findings.add(
          rule(),
          record.mapped().field(SynapField.DOCUMENT).sourceName(),
          "document is "
              + Messages.bytes(bytes)
              + " of UTF-8, over the hard limit of "
              + Messages.bytes(limit)
              + ": split it before loading");
    }
  }
}
