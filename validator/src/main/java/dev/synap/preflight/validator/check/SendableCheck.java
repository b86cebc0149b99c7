package dev.synap.preflight.validator.check;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.config.Severity;
import dev.synap.preflight.rules.contract.Refusal;
import dev.synap.preflight.rules.contract.SendableDocument;
import dev.synap.preflight.validator.finding.Finding;
import dev.synap.preflight.validator.finding.RecordFindings;

/**
 * The gate's promise, checked last: every reason the Synap contract ({@link SendableDocument})
 * refuses a document for is an error finding of the record. The checks before it word each reason
 * in detail; this one adds {@code field: reason} under the refusal's rule only for a refusal no
 * finding of that rule and field covers yet (e.g. a future change of the contract), so {@code
 * validate} never passes a document {@code load} would refuse.
 */
public final class SendableCheck implements Check {
  /** Reports under each refusal's own rule; {@code invalid-field} is the most common. */
  @Override
  public RuleId rule() {
    return RuleId.INVALID_FIELD;
  }

  @Override
  public void check(RecordContext record, RecordFindings findings) {
    for (Refusal r :
        SendableDocument.refusals(record.mapped().document(), record.config().instance())) {
      String field = record.mapped().field(r.field()).sourceName();
      if (!covered(findings, r, field)) {
        findings.add(r.rule(), field, r.message());
      }
    }
  }

  private static boolean covered(RecordFindings findings, Refusal r, String field) {
    for (Finding f : findings.list()) {
      if (f.rule() == r.rule()
          && f.severity() != Severity.INFO
          && (field.equals(f.field()) || f.message().contains(r.reason()))) {
        return true;
      }
    }
    return false;
  }
}
