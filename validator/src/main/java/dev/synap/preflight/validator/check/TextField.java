package dev.synap.preflight.validator.check;

/**
 * One string of a record.
 *
 * @param where where it is: the source field name ({@code content}, {@code id}) or a metadata path
 *     ({@code metadata.topic}, {@code metadata.tags[2]}, {@code metadata.{key}} for a key itself)
 * @param value the string
 * @param kind what role the string plays, which decides the checks that apply
 * @param facts properties computed in one pass over {@code value}
 */
public record TextField(FieldPath where, String value, Kind kind, TextFacts facts) {
  /** {@link #where()} spelled out, as findings name it. */
  public String path() {
    return where.toString();
  }

  /** The role of a string in the record. */
  public enum Kind {
    /** The document text. */
    CONTENT,
    /** An identifier: document id, user id, customer id. */
    IDENTIFIER,
    /** Another top-level field (type, mode, timestamp). */
    OTHER,
    /** A metadata key or value. */
    METADATA
  }
}
