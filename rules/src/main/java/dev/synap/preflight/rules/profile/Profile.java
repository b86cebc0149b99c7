package dev.synap.preflight.rules.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.model.FieldValue;
import dev.synap.preflight.rules.model.MappedRecord;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.rules.model.SynapField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A source profile: for each Synap field, the source field names to read it from, first present
 * wins. Mapping never fails: a value of the wrong JSON type is kept as its JSON text so that the
 * checks can report it, and an absent field is null.
 *
 * @param name the profile name used with {@code --profile}
 * @param description what exports the profile reads
 * @param fields per Synap field, the candidate source field names in order of preference
 */
public record Profile(String name, String description, Map<SynapField, List<String>> fields) {

  public Profile {
    EnumMap<SynapField, List<String>> copy = new EnumMap<>(SynapField.class);
    fields.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    fields = java.util.Collections.unmodifiableMap(copy);
  }

  /** Maps one decoded source record (a JSON object) to Synap's document model. */
  public MappedRecord map(JsonNode record) {
    Map<SynapField, FieldValue> values = new EnumMap<>(SynapField.class);
    for (Map.Entry<SynapField, List<String>> e : fields.entrySet()) {
      values.put(e.getKey(), select(record, e.getValue()));
    }
    MemoryDocument doc =
        new MemoryDocument(
            idText(values.get(SynapField.DOCUMENT_ID)),
            text(values.get(SynapField.DOCUMENT)),
            text(values.get(SynapField.DOCUMENT_TYPE)),
            text(values.get(SynapField.DOCUMENT_CREATED_AT)),
            text(values.get(SynapField.USER_ID)),
            text(values.get(SynapField.CUSTOMER_ID)),
            text(values.get(SynapField.MODE)),
            node(values.get(SynapField.METADATA)));
    return new MappedRecord(doc, values);
  }

  /** How many of this profile's fields the record has: the higher, the better the fit. */
  public int fit(JsonNode record) {
    int score = 0;
    for (List<String> candidates : fields.values()) {
      for (String name : candidates) {
        if (record.has(name)) {
          score++;
          break;
        }
      }
    }
    return score;
  }

  private static FieldValue select(JsonNode record, List<String> candidates) {
    String firstPresent = null;
    for (String name : candidates) {
      JsonNode v = record.get(name);
      if (v != null && !v.isNull()) {
        return new FieldValue(name, v);
      }
      if (v != null && firstPresent == null) {
        firstPresent = name;
      }
    }
    if (firstPresent != null) {
      return new FieldValue(firstPresent, record.get(firstPresent));
    }
    return new FieldValue(candidates.isEmpty() ? null : candidates.get(0), null);
  }

  private static JsonNode node(FieldValue v) {
    return v == null || v.isMissing() ? null : v.value();
  }

  private static String text(FieldValue v) {
    JsonNode n = node(v);
    if (n == null) {
      return null;
    }
    return n.isTextual() ? n.textValue() : n.toString();
  }

  private static String idText(FieldValue v) {
    JsonNode n = node(v);
    if (n != null && n.isIntegralNumber()) {
      return n.asText();
    }
    return text(v);
  }
}
