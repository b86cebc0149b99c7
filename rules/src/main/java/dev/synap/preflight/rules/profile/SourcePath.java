package dev.synap.preflight.rules.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A path to a value inside a source record, as profiles write it: dot-separated keys ({@code
 * metadata.topic}), array indexes ({@code tool_calls.0}), filters that pick the first array element
 * whose key has a value ({@code content[type=text].text}), and a scope prefix: {@code root:} (the
 * whole source record: the document, the JSON Lines line or the array element) or {@code parent:}
 * (the element one wildcard above the item); no prefix means the item itself.
 *
 * @param text the path as written (used in findings as the source field name)
 * @param scope where the path starts
 * @param steps the keys, indexes and filters, in order
 */
public record SourcePath(String text, Scope scope, List<Step> steps) {

  /** Where a path starts. */
  public enum Scope {
    ITEM,
    ROOT,
    PARENT
  }

  /** One step: a key (or index), optionally followed by a filter on the array it names. */
  public record Step(String key, String filterKey, String filterValue) {}

  public SourcePath {
    steps = List.copyOf(steps);
  }

  /** A legacy single field name: taken literally, dots and brackets included. */
  static SourcePath literal(String name) {
    return new SourcePath(name, Scope.ITEM, List.of(new Step(name, null, null)));
  }

  /**
   * Parses a path.
   *
   * @throws IllegalArgumentException with a short reason when the path is malformed
   */
  static SourcePath parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty path");
    }
    Scope scope = Scope.ITEM;
    String rest = text;
    if (rest.startsWith("root:")) {
      scope = Scope.ROOT;
      rest = rest.substring(5);
    } else if (rest.startsWith("parent:")) {
      scope = Scope.PARENT;
      rest = rest.substring(7);
    }
    List<Step> steps = new ArrayList<>();
    if (!rest.isEmpty()) {
      for (String part : splitOutsideBrackets(rest)) {
        steps.add(step(part, text));
      }
    }
    if (steps.isEmpty() && scope == Scope.ITEM) {
      throw new IllegalArgumentException("empty path");
    }
    return new SourcePath(text, scope, steps);
  }

  private static List<String> splitOutsideBrackets(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == '.' && depth == 0) {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }

  private static Step step(String part, String text) {
    if (part.isEmpty()) {
      throw new IllegalArgumentException("empty key in path '" + text + "'");
    }
    int open = part.indexOf('[');
    if (open < 0) {
      if (part.indexOf(']') >= 0) {
        throw new IllegalArgumentException("']' without '[' in path '" + text + "'");
      }
      return new Step(part, null, null);
    }
    int eq = part.indexOf('=', open);
    if (open == 0 || !part.endsWith("]") || eq < 0 || eq == open + 1) {
      throw new IllegalArgumentException(
          "bad filter in path '" + text + "' (expected key[field=value])");
    }
    return new Step(
        part.substring(0, open),
        part.substring(open + 1, eq),
        part.substring(eq + 1, part.length() - 1));
  }

  /** The value at this path, or null when any step is absent. */
  JsonNode resolve(JsonNode item, JsonNode root, JsonNode parent) {
    JsonNode node =
        switch (scope) {
          case ITEM -> item;
          case ROOT -> root;
          case PARENT -> parent;
        };
    for (Step s : steps) {
      if (node == null) {
        return null;
      }
      node = child(node, s.key());
      if (node != null && s.filterKey() != null) {
        node = firstMatching(node, s);
      }
    }
    return node;
  }

  private static JsonNode child(JsonNode node, String key) {
    if (node.isObject()) {
      return node.get(key);
    }
    if (node.isArray() && isIndex(key)) {
      return node.get(Integer.parseInt(key));
    }
    return null;
  }

  private static boolean isIndex(String key) {
    if (key.isEmpty() || key.length() > 9) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) < '0' || key.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static JsonNode firstMatching(JsonNode array, Step s) {
    if (!array.isArray()) {
      return null;
    }
    for (JsonNode e : array) {
      JsonNode v = e.isObject() ? resolveDotted(e, s.filterKey()) : null;
      if (v != null && v.isValueNode() && v.asText().equals(s.filterValue())) {
        return e;
      }
    }
    return null;
  }

  /** Filter keys may be dotted too ({@code tool_calls[function.name=send_message]}). */
  private static JsonNode resolveDotted(JsonNode node, String dotted) {
    JsonNode n = node;
    for (String k : dotted.split("\\.", -1)) {
      if (n == null) {
        return null;
      }
      n = child(n, k);
    }
    return n;
  }

  @Override
  public String toString() {
    return text;
  }
}
