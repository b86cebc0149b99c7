package dev.synap.preflight.validator.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A canonical text form of a JSON value (object keys sorted, no whitespace) so that two metadata
 * objects that differ only in key order compare equal.
 */
final class Canonical {
  private Canonical() {}

  static void write(JsonNode node, StringBuilder out) {
    if (node == null) {
      out.append("~");
    } else if (node.isObject()) {
      List<String> keys = new ArrayList<>();
      node.fieldNames().forEachRemaining(keys::add);
      Collections.sort(keys);
      out.append('{');
      for (String k : keys) {
        out.append(k.length()).append(':').append(k);
        write(node.get(k), out);
        out.append(',');
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (JsonNode child : node) {
        write(child, out);
        out.append(',');
      }
      out.append(']');
    } else if (node.isTextual()) {
      String t = node.textValue();
      out.append('"').append(t.length()).append(':').append(t);
    } else {
      out.append(node.asText());
    }
  }
}
