package dev.synap.preflight.rules.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A decoded record.
 *
 * @param value the JSON value (an object for a usable record; any other type is malformed)
 * @param duplicateKeys paths of keys that occurred twice in one object (e.g. {@code id}, {@code
 *     metadata.topic}); the last value wins in {@code value}, so the earlier one would be lost
 */
public record DecodedRecord(JsonNode value, List<String> duplicateKeys) {
  public DecodedRecord {
    duplicateKeys = List.copyOf(duplicateKeys);
  }
}
