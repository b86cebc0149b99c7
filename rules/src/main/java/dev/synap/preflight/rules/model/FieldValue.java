package dev.synap.preflight.rules.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a Synap field's value came from in the source record.
 *
 * @param sourceName the source field name the value was read from, or the profile's first candidate
 *     name when the record has none of them (so a finding can name the expected field)
 * @param value the raw JSON value, or null when the field is absent; JSON {@code null} is kept as a
 *     {@code NullNode}
 */
public record FieldValue(String sourceName, JsonNode value) {
  /** True when the field is absent or JSON null. */
  public boolean isMissing() {
    return value == null || value.isNull() || value.isMissingNode();
  }
}
