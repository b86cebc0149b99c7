package dev.synap.preflight.rules.model;

import java.util.Map;

/**
 * A source record mapped by a profile: the Synap-shaped document and, per Synap field, where its
 * value came from. Checks use {@link #fields()} to name the source field in findings.
 */
public record MappedRecord(MemoryDocument document, Map<SynapField, FieldValue> fields) {
  public MappedRecord {
    fields = Map.copyOf(fields);
  }

  /** The source of one Synap field; never null (absent fields carry a null value). */
  public FieldValue field(SynapField field) {
    FieldValue v = fields.get(field);
    return v != null ? v : new FieldValue(field.wireName(), null);
  }
}
