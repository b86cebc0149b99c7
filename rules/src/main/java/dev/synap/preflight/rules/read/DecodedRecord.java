package dev.synap.preflight.rules.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A decoded record.
 *
 * @param value the JSON value (an object for a usable record; any other type is malformed)
 * @param duplicateKeys paths of keys that occurred twice in one object (e.g. {@code id}, {@code
 *     metadata.topic}); the last value wins in {@code value}, so the earlier one would be lost
 * @param locations per object or array of {@code value} (by identity), where it starts relative to
 *     the record as {lines, bytes}; null when not kept
 */
public record DecodedRecord(
    JsonNode value, List<String> duplicateKeys, Map<JsonNode, long[]> locations) {
  public DecodedRecord {
    duplicateKeys = List.copyOf(duplicateKeys);
  }

  public DecodedRecord(JsonNode value, List<String> duplicateKeys) {
    this(value, duplicateKeys, null);
  }

  /**
   * Where a container of {@link #value()} starts, relative to the record: {physical lines, bytes},
   * or null when unknown (locations are kept only by {@link JsonRecordDecoder#decodeLocated}).
   */
  public long[] locate(JsonNode node) {
    return locations == null ? null : locations.get(node);
  }
}
