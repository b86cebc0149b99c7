package dev.synap.preflight.rules.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A source record mapped by a profile: the Synap-shaped document and, per Synap field, where its
 * value came from. Checks use {@link #fields()} to name the source field in findings.
 */
public record MappedRecord(MemoryDocument document, Map<SynapField, FieldValue> fields) {
  /** Copies {@code fields} (no null keys or values) into an unmodifiable map indexed by field. */
  public MappedRecord {
    EnumMap<SynapField, FieldValue> copy = new EnumMap<>(SynapField.class);
    copy.putAll(fields);
    for (FieldValue v : copy.values()) {
      Objects.requireNonNull(v, "field value");
    }
    fields = Collections.unmodifiableMap(copy);
  }

  /** The source of one Synap field; never null (absent fields carry a null value). */
  public FieldValue field(SynapField field) {
    FieldValue v = fields.get(field);
    return v != null ? v : new FieldValue(field.wireName(), null);
  }
}
