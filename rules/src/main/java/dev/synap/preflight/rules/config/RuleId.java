package dev.synap.preflight.rules.config;

import java.util.Optional;

/**
 * The stable finding rule ids of DESIGN.md. Reports, configuration files and CI gates use {@link
 * #id()} verbatim: never rename one.
 */
public enum RuleId {
  MALFORMED_RECORD(
      "malformed-record",
      Severity.ERROR,
      "the line or element is not a JSON object (syntax error, array, null, truncated)"),
  MISSING_FIELD(
      "missing-field", Severity.ERROR, "a required field (text or id) is absent, null or blank"),
  INVALID_FIELD(
      "invalid-field",
      Severity.ERROR,
      "wrong type or value: document_type not in Synap's list, metadata not an object, bad mode"),
  INVALID_UTF8("invalid-utf8", Severity.ERROR, "bytes that are not valid UTF-8"),
  LONE_SURROGATE("lone-surrogate", Severity.ERROR, "an unpaired UTF-16 surrogate"),
  CONTROL_CHAR("control-char", Severity.ERROR, "C0/C1 control characters other than tab, LF, CR"),
  MOJIBAKE("mojibake", Severity.WARNING, "text that was UTF-8 decoded as Latin-1/CP1252"),
  REPLACEMENT_CHAR("replacement-char", Severity.WARNING, "U+FFFD present: an earlier lossy decode"),
  NOT_NFC("not-nfc", Severity.WARNING, "text not in Unicode NFC"),
  OVERSIZED_DOCUMENT(
      "oversized-document", Severity.ERROR, "document over the hard limit (UTF-8 bytes)"),
  LARGE_DOCUMENT("large-document", Severity.WARNING, "document over the soft limit (UTF-8 bytes)"),
  OVERSIZED_METADATA(
      "oversized-metadata", Severity.ERROR, "metadata over its limit (serialized bytes)"),
  DUPLICATE_ID(
      "duplicate-id", Severity.WARNING, "a document id seen before, with identical content"),
  CONFLICTING_ID(
      "conflicting-id",
      Severity.ERROR,
      "a document id seen before with different content: one of them would be lost"),
  DUPLICATE_CONTENT(
      "duplicate-content", Severity.WARNING, "identical normalized content under different ids"),
  INVALID_TIMESTAMP(
      "invalid-timestamp",
      Severity.ERROR,
      "unparseable, impossible or far-future created_at; naive times are info"),
  SCOPE_MISMATCH(
      "scope-mismatch", Severity.ERROR, "identity combination the target instance rejects"),
  UNKNOWN_IDENTITY(
      "unknown-identity",
      Severity.ERROR,
      "a user/customer id missing from the identity map, when one is given");

  private final String id;
  private final Severity defaultSeverity;
  private final String description;

  RuleId(String id, Severity defaultSeverity, String description) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.description = description;
  }

  /** The stable kebab-case id, e.g. {@code conflicting-id}. */
  public String id() {
    return id;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  public String description() {
    return description;
  }

  /** Looks a rule up by its stable id. */
  public static Optional<RuleId> byId(String id) {
    for (RuleId r : values()) {
      if (r.id.equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
