package dev.synap.preflight.validator.check;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.model.FieldValue;
import dev.synap.preflight.validator.check.DocumentConstraints.Violation;
import dev.synap.preflight.validator.finding.RecordFindings;

/**
 * {@code missing-field}: the document text or the document id is absent, JSON null or blank. The
 * constraints are Bean Validation {@code @NotBlank} on {@code MemoryDocument} (see {@link
 * DocumentConstraints}); this check says which of absent, null or blank it is.
 */
public final class MissingFieldCheck implements Check {
  @Override
  public RuleId rule() {
    return RuleId.MISSING_FIELD;
  }

  @Override
  public void check(RecordContext record, RecordFindings findings) {
    for (Violation v : DocumentConstraints.violations(record.mapped().document(), rule())) {
      FieldValue source = record.mapped().field(v.field());
      String state =
          source.value() == null || source.value().isMissingNode()
              ? "absent"
              : source.value().isNull() ? "null" : "blank";
      findings.add(
          rule(),
          source.sourceName(),
          "required field "
              + Messages.label(source, v.field())
              + " is "
              + state
              + ": "
              + v.message());
    }
  }
}
