package dev.synap.preflight.validator.check;

import dev.synap.preflight.rules.config.IdentityMap;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.model.FieldValue;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.rules.model.SynapField;
import dev.synap.preflight.validator.finding.RecordFindings;

/**
 * {@code unknown-identity}: with an identity map ({@code --identity-map}), a {@code user_id} or
 * {@code customer_id} the map does not know, as a source id or as a mapped Synap id. Without a map
 * nothing is checked. Absent or blank ids are not identities and are not reported here.
 */
public final class UnknownIdentityCheck implements Check {
  @Override
  public RuleId rule() {
    return RuleId.UNKNOWN_IDENTITY;
  }

  @Override
  public void check(RecordContext record, RecordFindings findings) {
    IdentityMap map = record.identities();
    if (map == null) {
      return;
    }
    MemoryDocument d = record.mapped().document();
    if (ScopeMismatchCheck.present(d.userId()) && !map.knowsUser(d.userId())) {
      report(record, SynapField.USER_ID, d.userId(), findings);
    }
    if (ScopeMismatchCheck.present(d.customerId()) && !map.knowsCustomer(d.customerId())) {
      report(record, SynapField.CUSTOMER_ID, d.customerId(), findings);
    }
  }

  private void report(RecordContext record, SynapField field, String id, RecordFindings findings) {
    FieldValue source = record.mapped().field(field);
    findings.add(
        rule(),
        source.sourceName(),
        Messages.label(source, field)
            + " "
            + Messages.quote(id)
            + " is not in the identity map: add it, or the document lands in an unplanned scope");
  }
}
