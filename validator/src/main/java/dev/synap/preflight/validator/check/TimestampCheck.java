package dev.synap.preflight.validator.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.contract.SendableDocument;
import dev.synap.preflight.rules.contract.SynapTimestamp;
import dev.synap.preflight.rules.contract.SynapTimestamp.Parsed;
import dev.synap.preflight.rules.contract.SynapTimestamp.Precision;
import dev.synap.preflight.rules.model.FieldValue;
import dev.synap.preflight.rules.model.SynapField;
import dev.synap.preflight.validator.finding.RecordFindings;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code invalid-timestamp} on {@code document_created_at}, read by the Synap contract's {@link
 * SynapTimestamp}. Errors: not a string (a number gets what it would be as epoch seconds and
 * millis), blank, unparseable, impossible (month 13, February 30, hour 25) — these {@code load}
 * refuses with the same reason — and, as policy, before {@code limits.not-before} or after the
 * run's clock plus {@code limits.future-tolerance}. Info: a time without a zone, a date without a
 * time, or any other form that is not strict RFC 3339, with the value that will be sent. Absent or
 * null: nothing. One finding at most.
 */
public final class TimestampCheck implements Check {
  private static final String EXAMPLE = SynapTimestamp.EXAMPLE;

  @Override
  public RuleId rule() {
    return RuleId.INVALID_TIMESTAMP;
  }

  @Override
  public void check(RecordContext record, RecordFindings findings) {
    FieldValue source = record.mapped().field(SynapField.DOCUMENT_CREATED_AT);
    String field = source.sourceName();
    JsonNode raw = source.value();
    String text = record.mapped().document().createdAt();
    if (raw != null && !raw.isNull() && !raw.isMissingNode() && !raw.isTextual()) {
      String detail =
          raw.isNumber()
              ? Epochs.describe(raw)
              : "must be an ISO-8601 string (" + EXAMPLE + "), found " + Messages.found(raw);
      // lead with the contract's reason, the one load gives when it refuses the document
      String refusal = text == null ? null : SendableDocument.timestampProblem(text);
      findings.add(rule(), field, refusal == null ? detail : refusal + ": it " + detail);
    } else if (text != null && (raw == null || raw.isTextual())) {
      checkText(text, record, field, findings);
    }
  }

  private void checkText(String text, RecordContext record, String field, RecordFindings findings) {
    SynapTimestamp.Result result = text.isBlank() ? null : SynapTimestamp.parse(text);
    if (result instanceof Parsed p) {
      checkRange(text, p, record, field, findings);
      return;
    }
    String problem = SendableDocument.timestampProblem(text);
    boolean unparseable = result instanceof SynapTimestamp.Unparseable;
    findings.add(rule(), field, unparseable ? problem + Epochs.hint(text) : problem);
  }

  /** Range and precision of a readable timestamp; the quoted text is built only for a finding. */
  private void checkRange(
      String text, Parsed p, RecordContext record, String field, RecordFindings findings) {
    Limits limits = record.config().limits();
    Instant latest = latest(record.now(), limits.futureTolerance());
    if (p.instant().isBefore(limits.notBefore())) {
      String quoted = Messages.quote(text);
      findings.add(
          rule(),
          field,
          quoted + " is before " + limits.notBefore() + ", the earliest accepted (not-before)");
    } else if (latest != null && p.instant().isAfter(latest)) {
      String quoted = Messages.quote(text);
      findings.add(
          rule(),
          field,
          quoted
              + " is in the future: "
              + p.instant()
              + " is after the run's clock "
              + record.now()
              + " plus the tolerance of "
              + human(limits.futureTolerance()));
    } else if (p.precision() == Precision.NAIVE) {
      findings.addInfo(
          rule(),
          field,
          Messages.quote(text) + " has no time zone; it will be read as UTC" + sentAs(text));
    } else if (p.precision() == Precision.DATE_ONLY) {
      findings.addInfo(
          rule(),
          field,
          Messages.quote(text)
              + " is a date without a time; it will be read as midnight UTC"
              + sentAs(text));
    } else if (!SynapTimestamp.isStrict(text)) {
      SynapTimestamp.Normalized n = SynapTimestamp.normalize(text);
      if (n != null) {
        findings.addInfo(
            rule(),
            field,
            Messages.quote(text) + " is not in RFC 3339 form; it will be sent as " + n.wire());
      }
    }
  }

  /** {@code and sent as 2024-05-01T00:00:00+00:00}: the value {@code load} sends. */
  private static String sentAs(String text) {
    SynapTimestamp.Normalized n = SynapTimestamp.normalize(text);
    return n == null ? "" : " and sent as " + n.wire();
  }

  private static Instant latest(Instant now, Duration tolerance) {
    try {
      return now == null ? null : now.plus(tolerance);
    } catch (RuntimeException overflow) {
      return null;
    }
  }

  static String human(Duration d) {
    long s = d.getSeconds();
    if (d.getNano() != 0 || s == 0) {
      return d.toString();
    }
    if (s % 86_400 == 0) {
      return Messages.count(s / 86_400, "day", "days");
    }
    if (s % 3_600 == 0) {
      return Messages.count(s / 3_600, "hour", "hours");
    }
    return s % 60 == 0
        ? Messages.count(s / 60, "minute", "minutes")
        : Messages.count(s, "second", "seconds");
  }
}
