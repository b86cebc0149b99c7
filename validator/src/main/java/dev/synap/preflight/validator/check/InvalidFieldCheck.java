package dev.synap.preflight.validator.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.contract.Refusal;
import dev.synap.preflight.rules.contract.SendableDocument;
import dev.synap.preflight.rules.model.FieldValue;
import dev.synap.preflight.rules.model.MappedRecord;
import dev.synap.preflight.rules.model.SynapField;
import dev.synap.preflight.validator.check.DocumentConstraints.Violation;
import dev.synap.preflight.validator.finding.RecordFindings;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code invalid-field}: a field of the wrong JSON type, a blank {@code user_id}/{@code
 * customer_id}, or a {@code document_type}/{@code mode} outside Synap's vocabulary. JSON types come
 * from the raw source value; the vocabularies are Bean Validation constraints ({@link
 * DocumentConstraints}). One finding per field at most: a wrong type hides the vocabulary check.
 *
 * <p>Types: document a string or an object; document_id a string or an integral number; user_id,
 * customer_id, document_type and mode strings; metadata an object. Absent and null fields are not
 * checked here ({@code missing-field} owns required ones). {@code document_created_at} is owned by
 * {@code invalid-timestamp}.
 */
public final class InvalidFieldCheck implements Check {
  @Override
  public RuleId rule() {
    return RuleId.INVALID_FIELD;
  }

  @Override
  public void check(RecordContext record, RecordFindings findings) {
    MappedRecord m = record.mapped();
    Set<SynapField> reported = EnumSet.noneOf(SynapField.class);
    checkType(m, findings, reported);
    blank(m, SynapField.USER_ID, findings, reported);
    blank(m, SynapField.CUSTOMER_ID, findings, reported);
    for (Violation v : DocumentConstraints.violations(m.document(), rule())) {
      if (reported.add(v.field())) {
        FieldValue source = m.field(v.field());
        findings.add(rule(), source.sourceName(), v.message());
      }
    }
  }

  private void checkType(MappedRecord m, RecordFindings findings, Set<SynapField> reported) {
    Predicate<JsonNode> text = JsonNode::isTextual;
    String aString = "a string";
    report(
        m,
        SynapField.DOCUMENT,
        n -> n.isTextual() || n.isObject(),
        "a string or an object",
        findings,
        reported);
    report(
        m,
        SynapField.DOCUMENT_ID,
        n -> n.isTextual() || n.isIntegralNumber(),
        "a string or an integral number",
        findings,
        reported);
    report(m, SynapField.USER_ID, text, aString, findings, reported);
    report(m, SynapField.CUSTOMER_ID, text, aString, findings, reported);
    report(m, SynapField.DOCUMENT_TYPE, text, aString, findings, reported);
    report(m, SynapField.MODE, text, aString, findings, reported);
    report(m, SynapField.METADATA, JsonNode::isObject, "an object", findings, reported);
  }

  private void report(
      MappedRecord m,
      SynapField field,
      Predicate<JsonNode> ok,
      String expected,
      RecordFindings findings,
      Set<SynapField> reported) {
    FieldValue source = m.field(field);
    if (source.isMissing() || ok.test(source.value())) {
      return;
    }
    reported.add(field);
    String message =
        Messages.label(source, field)
            + " must be "
            + expected
            + ", found "
            + Messages.found(source.value());
    // lead with the contract's reason when load refuses the value too (a type or mode that,
    // as text, is outside the vocabulary), so both say the same
    for (Refusal r : SendableDocument.refusals(m.document(), null)) {
      if (r.field() == field && r.rule() == rule() && !message.contains(r.reason())) {
        message = r.reason() + ": " + message;
      }
    }
    findings.add(rule(), source.sourceName(), message);
  }

  private void blank(
      MappedRecord m, SynapField field, RecordFindings findings, Set<SynapField> reported) {
    FieldValue source = m.field(field);
    if (!reported.contains(field)
        && !source.isMissing()
        && source.value().isTextual()
        && source.value().textValue().isBlank()) {
      reported.add(field);
      findings.add(
          rule(),
          source.sourceName(),
          Messages.label(source, field) + " " + SendableDocument.BLANK_ID);
    }
  }
}
