package dev.synap.preflight.validator.check;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.contract.SendableDocument;
import dev.synap.preflight.rules.model.FieldValue;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.rules.model.SynapField;
import dev.synap.preflight.validator.finding.RecordFindings;

/**
 * {@code scope-mismatch}: an identity combination the target instance rejects (synap-api.md §2.2).
 * Deliberately conservative, it reports only what Synap is documented to refuse:
 *
 * <ul>
 *   <li>B2B: {@code user_id} without {@code customer_id} (HTTP 400), on the user field.
 * </ul>
 *
 * Everything else is accepted by Synap and not reported: on B2B, customer only (CUSTOMER scope) or
 * neither (CLIENT scope); on B2C, any combination (user or customer gives USER scope, neither gives
 * CLIENT scope). Blank ids count as absent; a blank id is an {@code invalid-field} finding.
 */
public final class ScopeMismatchCheck implements Check {
  @Override
  public RuleId rule() {
    return RuleId.SCOPE_MISMATCH;
  }

  @Override
  public void check(RecordContext record, RecordFindings findings) {
    if (record.config().instance() != Instance.B2B) {
      return;
    }
    MemoryDocument d = record.mapped().document();
    if (present(d.userId()) && !present(d.customerId())) {
      FieldValue user = record.mapped().field(SynapField.USER_ID);
      FieldValue customer = record.mapped().field(SynapField.CUSTOMER_ID);
      findings.add(
          rule(),
          user.sourceName(),
          Messages.label(user, SynapField.USER_ID)
              + " is set but "
              + Messages.label(customer, SynapField.CUSTOMER_ID)
              + " is not: "
              + SendableDocument.B2B_USER_WITHOUT_CUSTOMER
              + "; set a customer id"
              + " (or validate with --instance b2c if the target is B2C)");
    }
  }

  static boolean present(String id) {
    return id != null && !id.isBlank();
  }
}
