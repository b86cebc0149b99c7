package dev.synap.preflight.rules.contract;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.model.SynapField;

/**
 * Why a document cannot be sent: {@code load} refuses it (or the service would), and {@code
 * validate} reports an error finding of {@code rule} whose message contains {@code reason}.
 *
 * @param field the Synap field at fault
 * @param rule the validator rule that reports it
 * @param reason what is wrong, worded as the validator's finding words it
 */
public record Refusal(SynapField field, RuleId rule, String reason) {
  /** {@code field: reason}, as {@code load} reports a document it does not send. */
  public String message() {
    return field.wireName() + ": " + reason;
  }
}
