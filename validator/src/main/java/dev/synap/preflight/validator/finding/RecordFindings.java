package dev.synap.preflight.validator.finding;

import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.config.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the findings of one record. It knows the record's location and id, applies the
 * configured severity of each rule, and drops findings of rules that are switched off, so checks
 * only say what is wrong and where in the record.
 */
public final class RecordFindings {
  private final CheckConfig config;
  private final String file;
  private final long line;
  private final long byteOffset;
  private final List<Finding> findings = new ArrayList<>(2);
  private String documentId;

  public RecordFindings(CheckConfig config, String file, long line, long byteOffset) {
    this.config = config;
    this.file = file;
    this.line = line;
    this.byteOffset = byteOffset;
  }

  /** Sets the document id findings added from now on carry (once the record is decoded). */
  public void documentId(String id) {
    this.documentId = id;
  }

  public String documentId() {
    return documentId;
  }

  public long line() {
    return line;
  }

  public long byteOffset() {
    return byteOffset;
  }

  /** Adds a finding at the rule's configured severity, located at the record's start. */
  public void add(RuleId rule, String field, String message) {
    addAt(rule, byteOffset, field, message);
  }

  /** Adds a finding at the rule's configured severity, located at an exact byte offset. */
  public void addAt(RuleId rule, long offset, String field, String message) {
    Optional<Severity> severity = config.severity(rule);
    severity.ifPresent(s -> put(rule, s, offset, field, message));
  }

  /**
   * Adds an informational finding of {@code rule} (e.g. a naive timestamp): severity {@code info},
   * unless the rule is switched off.
   */
  public void addInfo(RuleId rule, String field, String message) {
    if (config.enabled(rule)) {
      put(rule, Severity.INFO, byteOffset, field, message);
    }
  }

  /**
   * Adds a finding of {@code rule} at a fixed severity (a profile's note or its own judgement),
   * unless the rule is switched off; a null severity means the configured one.
   */
  public void addAs(RuleId rule, Severity severity, String field, String message) {
    if (severity == null) {
      add(rule, field, message);
    } else if (config.enabled(rule)) {
      put(rule, severity, byteOffset, field, message);
    }
  }

  private void put(RuleId rule, Severity severity, long offset, String field, String message) {
    findings.add(new Finding(rule, severity, file, line, offset, documentId, field, message));
  }

  public List<Finding> list() {
    return findings;
  }

  public boolean isEmpty() {
    return findings.isEmpty();
  }
}
