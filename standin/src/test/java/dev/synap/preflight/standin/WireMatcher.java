package dev.synap.preflight.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a response body with a body written down from synap-api.md: objects must have exactly
 * the same keys, arrays the same length, scalars the same value, except for placeholders standing
 * for generated values: {@code {{uuid}}}, {@code {{iso}}}, {@code {{string}}}, {@code {{number}}},
 * {@code {{re:REGEX}}}, {@code {{any}}}; {@code {{uuid:NAME}}} and {@code {{uuid-list:NAME}}}
 * capture the value, {@code {{NAME}}} / {@code {{NAME[i]}}} refer back to it (also in requests).
 */
final class WireMatcher {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.+)}}");
  private static final Pattern REFERENCE = Pattern.compile("\\{\\{([\\w\\[\\]]+)}}");
  private final Map<String, JsonNode> captures = new HashMap<>();

  /** Replaces references in a request path or body. */
  String substitute(String text) {
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(resolve(m.group(1)).asText()));
    }
    m.appendTail(out);
    return out.toString();
  }

  JsonNode substitute(JsonNode node) {
    if (node.isTextual()) {
      return new TextNode(substitute(node.asText()));
    }
    if (node.isObject()) {
      ObjectNode out = Api.JSON.createObjectNode();
      node.fields().forEachRemaining(e -> out.set(e.getKey(), substitute(e.getValue())));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = Api.JSON.createArrayNode();
      node.forEach(e -> out.add(substitute(e)));
      return out;
    }
    return node;
  }

  /** The mismatches, each with its JSON path; empty when the bodies match. */
  List<String> compare(JsonNode expected, JsonNode actual) {
    List<String> problems = new ArrayList<>();
    compare("$", expected, actual, problems);
    return problems;
  }

  private void compare(String path, JsonNode expected, JsonNode actual, List<String> problems) {
    if (actual == null) {
      problems.add(path + ": missing");
    } else if (expected.isTextual() && PLACEHOLDER.matcher(expected.asText()).matches()) {
      String p = expected.asText();
      placeholder(path, p.substring(2, p.length() - 2), actual, problems);
    } else if (expected.isObject()) {
      if (!actual.isObject()) {
        problems.add(path + ": expected an object, got " + actual);
        return;
      }
      TreeSet<String> want = new TreeSet<>();
      expected.fieldNames().forEachRemaining(want::add);
      TreeSet<String> got = new TreeSet<>();
      actual.fieldNames().forEachRemaining(got::add);
      if (!want.equals(got)) {
        problems.add(path + ": keys " + got + " but the spec has " + want);
      }
      for (String k : want) {
        compare(path + "." + k, expected.get(k), actual.get(k), problems);
      }
    } else if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        problems.add(path + ": expected " + expected.size() + " elements, got " + actual);
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(path + "[" + i + "]", expected.get(i), actual.get(i), problems);
      }
    } else if (expected.isNumber() && actual.isNumber()) {
      if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
        problems.add(path + ": expected " + expected + ", got " + actual);
      }
    } else if (!expected.equals(actual)) {
      problems.add(path + ": expected " + expected + ", got " + actual);
    }
  }

  private void placeholder(String path, String p, JsonNode actual, List<String> problems) {
    String kind = p.contains(":") ? p.substring(0, p.indexOf(':')) : p;
    String arg = p.contains(":") ? p.substring(p.indexOf(':') + 1) : null;
    boolean ok =
        switch (kind) {
          case "any" -> true;
          case "string" -> actual.isTextual() && !actual.asText().isEmpty();
          case "number" -> actual.isNumber();
          case "uuid" -> isUuid(actual);
          case "iso" -> isIso(actual);
          case "re" -> actual.isTextual() && actual.asText().matches(arg);
          case "uuid-list" -> isUuidList(actual);
          default -> resolve(p).equals(actual);
        };
    if (!ok) {
      problems.add(path + ": " + actual + " does not match {{" + p + "}}");
    } else if (arg != null && !"re".equals(kind)) {
      captures.put(arg, actual);
    }
  }

  private JsonNode resolve(String ref) {
    Matcher m = Pattern.compile("(\\w+)\\[(\\d+)]").matcher(ref);
    JsonNode v =
        m.matches()
            ? captures.get(m.group(1)).get(Integer.parseInt(m.group(2)))
            : captures.get(ref);
    if (v == null) {
      throw new IllegalStateException("no captured value for {{" + ref + "}}");
    }
    return v;
  }

  private static boolean isUuid(JsonNode n) {
    try {
      return n.isTextual() && UUID.fromString(n.asText()).toString().equals(n.asText());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isUuidList(JsonNode n) {
    if (!n.isArray() || n.isEmpty()) {
      return false;
    }
    for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
      if (!isUuid(it.next())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIso(JsonNode n) {
    try {
      return n.isTextual() && OffsetDateTime.parse(n.asText()) != null;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
