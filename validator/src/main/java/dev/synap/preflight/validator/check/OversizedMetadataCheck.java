package dev.synap.preflight.validator.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.model.SynapField;
import dev.synap.preflight.validator.finding.RecordFindings;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Map;

/**
 * {@code oversized-metadata}: the metadata, serialized as compact JSON (no spaces, non-ASCII not
 * escaped), takes more UTF-8 bytes than {@code limits.metadata-bytes}. It is counted while being
 * written, never built as a string. Metadata of any JSON type is measured; JSON null and absent
 * metadata are not.
 */
public final class OversizedMetadataCheck implements Check {
  private static final ObjectWriter JSON = new ObjectMapper().writer();

  @Override
  public RuleId rule() {
    return RuleId.OVERSIZED_METADATA;
  }

  @Override
  public void check(RecordContext record, RecordFindings findings) {
    JsonNode metadata = record.mapped().document().metadata();
    if (metadata == null || metadata.isNull() || metadata.isMissingNode()) {
      return;
    }
    long limit = record.config().limits().metadataBytes();
    if (upperBound(metadata, limit) <= limit) {
      return;
    }
    long bytes = serializedBytes(metadata);
    if (bytes > limit) {
      findings.add(
          rule(),
          record.mapped().field(SynapField.METADATA).sourceName(),
          "metadata is "
              + Messages.bytes(bytes)
              + " of UTF-8 as compact JSON, over the limit of "
              + Messages.bytes(limit));
    }
  }

  /**
   * At least the UTF-8 bytes {@code node} takes as compact JSON, found without writing it: six
   * bytes a char for strings and keys (an escape like {@code \u0000} is the longest form), the
   * longest text of ints, longs and doubles, and the punctuation. Stops early, returning a value
   * over {@code limit}, once the bound passes it, and for values it does not bound (big numbers,
   * POJOs), which the caller then measures by writing them.
   */
  static long upperBound(JsonNode node, long limit) {
    ArrayDeque<JsonNode> todo = new ArrayDeque<>();
    todo.push(node);
    long bound = 0;
    while (!todo.isEmpty() && bound <= limit) {
      JsonNode n = todo.pop();
      if (n.isTextual()) {
        bound += 2 + 6L * n.textValue().length();
      } else if (n.isObject()) {
        bound += 2;
        for (Map.Entry<String, JsonNode> e : n.properties()) {
          bound += 4 + 6L * e.getKey().length();
          todo.push(e.getValue());
        }
      } else if (n.isArray()) {
        bound += 2 + n.size();
        n.forEach(todo::push);
      } else if (n.isInt() || n.isLong() || n.isDouble() || n.isFloat()) {
        bound += 32;
      } else if (n.isBoolean() || n.isNull()) {
        bound += 5;
      } else {
        return limit + 1;
      }
    }
    return bound;
  }

  /** The UTF-8 bytes of {@code node} as compact JSON; -1 if it cannot be written. */
  static long serializedBytes(JsonNode node) {
    Utf8.CountingWriter out = new Utf8.CountingWriter();
    try {
      JSON.writeValue(out, node);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return out.bytes();
  }
}
