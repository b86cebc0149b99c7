package dev.synap.preflight.validator.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.model.FieldValue;
import dev.synap.preflight.rules.model.SynapField;
import dev.synap.preflight.validator.check.LenientTimestamp.Impossible;
import dev.synap.preflight.validator.check.LenientTimestamp.Parsed;
import dev.synap.preflight.validator.check.LenientTimestamp.Precision;
import dev.synap.preflight.validator.finding.RecordFindings;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code invalid-timestamp} on {@code document_created_at}, read by {@link LenientTimestamp}.
 * Errors: not a string (a number gets what it would be as epoch seconds and millis), blank,
 * unparseable, impossible (month 13, February 30, hour 25), before {@code limits.not-before}, after
 * the run's clock plus {@code limits.future-tolerance}. Info: a time without a zone or a date
 * without a time, read as UTC. Absent or null: nothing. One finding at most.
 */
public final class TimestampCheck implements Check {
  private static final String EXAMPLE = "e.g. 2024-05-01T12:30:00Z";

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
    if (raw != null && raw.isNumber()) {
      findings.add(rule(), field, Epochs.describe(raw));
    } else if (raw != null && !raw.isNull() && !raw.isMissingNode() && !raw.isTextual()) {
      findings.add(
          rule(),
          field,
          "must be an ISO-8601 string (" + EXAMPLE + "), found " + Messages.found(raw));
    } else if (text != null && (raw == null || raw.isTextual())) {
      checkText(text, record, field, findings);
    }
  }

  private void checkText(String text, RecordContext record, String field, RecordFindings findings) {
    if (text.isBlank()) {
      findings.add(
          rule(), field, "is blank: omit it or give an ISO-8601 timestamp (" + EXAMPLE + ")");
      return;
    }
    LenientTimestamp.Result result = LenientTimestamp.parse(text);
    if (result instanceof Impossible i) {
      findings.add(rule(), field, Messages.quote(text) + " is an impossible timestamp: " + i.why());
    } else if (result instanceof Parsed p) {
      checkRange(text, p, record, field, findings);
    } else {
      findings.add(
          rule(),
          field,
          Messages.quote(text)
              + " is not an ISO-8601 / RFC 3339 timestamp ("
              + EXAMPLE
              + ")"
              + Epochs.hint(text));
    }
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
          rule(), field, Messages.quote(text) + " has no time zone; it will be read as UTC");
    } else if (p.precision() == Precision.DATE_ONLY) {
      findings.addInfo(
          rule(),
          field,
          Messages.quote(text) + " is a date without a time; it will be read as midnight UTC");
    }
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
