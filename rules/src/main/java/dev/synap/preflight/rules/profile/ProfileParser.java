package dev.synap.preflight.rules.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.config.ConfigException;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.config.Severity;
import dev.synap.preflight.rules.model.SynapField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a profile's YAML tree (schema in {@code rules/PROFILES.md}) and validates it completely:
 * every problem is a {@link ConfigException} naming the key, e.g. {@code profile my.yaml:
 * documents[0].fields.user_id.template: unknown placeholder {foo}}.
 */
final class ProfileParser {
  private static final Set<String> TOP =
      Set.of(
          "name",
          "description",
          "reads",
          "read",
          "decode-string-root",
          "sniff",
          "fields",
          "documents");
  private static final Set<String> EMITTER =
      Set.of("source-type", "from", "when", "skip", "vars", "source-id", "fields", "metadata");
  private static final Set<String> SPEC =
      Set.of(
          "path",
          "first-of",
          "template",
          "constant",
          "default",
          "parse-json",
          "join",
          "strip-prefix",
          "lowercase",
          "prefix",
          "hash",
          "timestamp",
          "if-fallback",
          "if");
  private static final Set<String> BASES = Set.of("path", "first-of", "template", "constant");

  private final String origin;

  private ProfileParser(String origin) {
    this.origin = origin;
  }

  static Profile parse(JsonNode root, String origin) {
    return new ProfileParser(origin).profile(root);
  }

  private ConfigException error(String key, String message) {
    return new ConfigException(origin + ": " + (key.isEmpty() ? "" : key + ": ") + message);
  }

  private Profile profile(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw error("", "expected a YAML mapping at the top level");
    }
    keys(root, TOP, "");
    String name = text(root, "name", "", true);
    String description = root.has("description") ? text(root, "description", "", true) : "";
    List<String> reads = strings(root.get("reads"), "reads");
    Profile.ReadMode mode = Profile.ReadMode.SPLIT;
    if (root.has("read")) {
      String m = text(root, "read", "", true);
      if (!m.equals("split") && !m.equals("document")) {
        throw error("read", "expected split or document, not '" + m + "'");
      }
      mode = m.equals("document") ? Profile.ReadMode.DOCUMENT : Profile.ReadMode.SPLIT;
    }
    boolean decode = bool(root, "decode-string-root", "");
    List<Profile.SniffRule> sniff = sniff(root.get("sniff"));
    boolean hasFields = root.has("fields");
    boolean hasDocuments = root.has("documents");
    if (hasFields == hasDocuments) {
      throw error("", "expected either 'fields' (one document per record) or 'documents'");
    }
    List<Emitter> emitters = new ArrayList<>();
    if (hasFields) {
      emitters.add(simple(root.get("fields")));
    } else {
      JsonNode docs = root.get("documents");
      if (!docs.isArray() || docs.isEmpty()) {
        throw error("documents", "expected a non-empty list of document kinds");
      }
      for (int i = 0; i < docs.size(); i++) {
        emitters.add(emitter(docs.get(i), "documents[" + i + "]"));
      }
    }
    return new Profile(name, description, reads, mode, decode, sniff, emitters, hasFields);
  }

  /** The simple form: one document per record, metadata passed through as found. */
  private Emitter simple(JsonNode fields) {
    Map<SynapField, ValueSpec> map = fields(fields, "fields", Set.copyOf(ItemContext.BUILT_INS));
    return new Emitter("record", List.of(), null, List.of(), Map.of(), map, null, null);
  }

  private Emitter emitter(JsonNode node, String key) {
    if (node == null || !node.isObject()) {
      throw error(key, "expected a mapping");
    }
    keys(node, EMITTER, key);
    String type = text(node, "source-type", key, true);
    List<List<String>> from = new ArrayList<>();
    for (String p : strings(node.get("from"), key + ".from")) {
      from.add(pointer(p, key + ".from"));
    }
    Set<String> known = new HashSet<>(ItemContext.BUILT_INS);
    Map<String, ValueSpec> vars = new LinkedHashMap<>();
    JsonNode varNode = node.get("vars");
    if (varNode != null) {
      if (!varNode.isObject()) {
        throw error(key + ".vars", "expected a mapping of variable names to value specs");
      }
      varNode.fieldNames().forEachRemaining(known::add);
      for (Iterator<Map.Entry<String, JsonNode>> it = varNode.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> v = it.next();
        if (!v.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) {
          throw error(key + ".vars." + v.getKey(), "a variable name is letters, digits and _");
        }
        vars.put(v.getKey(), spec(v.getValue(), key + ".vars." + v.getKey(), known));
      }
    }
    Condition when = node.has("when") ? condition(node.get("when"), key + ".when", known) : null;
    List<Emitter.SkipRule> skips = new ArrayList<>();
    JsonNode skipNode = node.get("skip");
    if (skipNode != null) {
      if (!skipNode.isArray()) {
        throw error(key + ".skip", "expected a list of {reason, when}");
      }
      for (int i = 0; i < skipNode.size(); i++) {
        String k = key + ".skip[" + i + "]";
        JsonNode s = skipNode.get(i);
        if (!s.isObject()) {
          throw error(k, "expected {reason, when}");
        }
        keys(s, Set.of("reason", "when"), k);
        String reason = text(s, "reason", k, true);
        if (!s.has("when")) {
          throw error(k + ".when", "required");
        }
        skips.add(new Emitter.SkipRule(reason, condition(s.get("when"), k + ".when", known)));
      }
    }
    if (!node.has("source-id")) {
      throw error(key + ".source-id", "required: the original id, kept in metadata.source_id");
    }
    ValueSpec sourceId = spec(node.get("source-id"), key + ".source-id", known);
    Map<SynapField, ValueSpec> fields = fields(node.get("fields"), key + ".fields", known);
    if (fields.containsKey(SynapField.METADATA)) {
      throw error(key + ".fields.metadata", "use the document kind's 'metadata' key instead");
    }
    Emitter.MetadataSpec metadata = metadata(node.get("metadata"), key + ".metadata", known);
    return new Emitter(type, from, when, skips, vars, fields, sourceId, metadata);
  }

  private Map<SynapField, ValueSpec> fields(JsonNode node, String key, Set<String> known) {
    if (node == null || !node.isObject()) {
      throw error(key, "expected a mapping of Synap field names to value specs");
    }
    Map<SynapField, ValueSpec> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      SynapField field;
      try {
        field = SynapField.byWireName(e.getKey());
      } catch (IllegalArgumentException ex) {
        throw error(key + "." + e.getKey(), "not a Synap field", ex);
      }
      out.put(field, spec(e.getValue(), key + "." + e.getKey(), known));
    }
    for (SynapField required : List.of(SynapField.DOCUMENT, SynapField.DOCUMENT_ID)) {
      if (!out.containsKey(required)) {
        throw error(key + "." + required.wireName(), "required");
      }
    }
    return out;
  }

  private ConfigException error(String key, String message, Throwable cause) {
    return new ConfigException(origin + ": " + key + ": " + message, cause);
  }

  private Emitter.MetadataSpec metadata(JsonNode node, String key, Set<String> known) {
    if (node == null) {
      return new Emitter.MetadataSpec(List.of(), Map.of());
    }
    if (!node.isObject()) {
      throw error(key, "expected {merge: [...], set: {...}}");
    }
    keys(node, Set.of("merge", "set"), key);
    List<ValueSpec> merge = new ArrayList<>();
    JsonNode m = node.get("merge");
    if (m != null) {
      JsonNode list = m.isArray() ? m : null;
      if (list == null) {
        merge.add(spec(m, key + ".merge", known));
      } else {
        for (int i = 0; i < list.size(); i++) {
          merge.add(spec(list.get(i), key + ".merge[" + i + "]", known));
        }
      }
    }
    Map<String, ValueSpec> set = new LinkedHashMap<>();
    JsonNode s = node.get("set");
    if (s != null) {
      if (!s.isObject()) {
        throw error(key + ".set", "expected a mapping of metadata keys to value specs");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        set.put(e.getKey(), spec(e.getValue(), key + ".set." + e.getKey(), known));
      }
    }
    return new Emitter.MetadataSpec(merge, set);
  }

  ValueSpec spec(JsonNode node, String key, Set<String> known) {
    if (node == null || node.isNull()) {
      throw error(key, "expected a path, a list of paths or a value spec");
    }
    if (node.isTextual()) {
      return ValueSpec.ofPaths(List.of(path(node.textValue(), key)));
    }
    if (node.isArray()) {
      if (node.isEmpty()) {
        throw error(key, "an empty list");
      }
      boolean allText = true;
      for (JsonNode e : node) {
        allText &= e.isTextual();
      }
      if (allText) {
        List<SourcePath> paths = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
          paths.add(path(node.get(i).textValue(), key + "[" + i + "]"));
        }
        return ValueSpec.ofPaths(paths);
      }
      return firstOf(node, key, known);
    }
    if (!node.isObject()) {
      throw error(key, "expected a path, a list of paths or a value spec, not " + node);
    }
    keys(node, SPEC, key);
    int bases = 0;
    for (String b : BASES) {
      bases += node.has(b) ? 1 : 0;
    }
    if (bases != 1) {
      throw error(key, "expected exactly one of path, first-of, template, constant");
    }
    List<SourcePath> paths = new ArrayList<>();
    if (node.has("path")) {
      JsonNode p = node.get("path");
      List<String> list = strings(p, key + ".path");
      if (list.isEmpty()) {
        throw error(key + ".path", "expected a path or a list of paths");
      }
      for (int i = 0; i < list.size(); i++) {
        paths.add(path(list.get(i), key + ".path" + (p.isArray() ? "[" + i + "]" : "")));
      }
    }
    List<ValueSpec> firstOf =
        node.has("first-of")
            ? firstOf(node.get("first-of"), key + ".first-of", known).firstOf()
            : List.of();
    Template template = null;
    if (node.has("template")) {
      template = template(text(node, "template", key, false), key + ".template", known);
    }
    JsonNode constant = node.get("constant");
    if (constant != null && constant.isNull()) {
      throw error(key + ".constant", "a constant cannot be null; leave the field out instead");
    }
    JsonNode dflt = node.get("default");
    SourcePath parseJson =
        node.has("parse-json")
            ? path(text(node, "parse-json", key, true), key + ".parse-json")
            : null;
    String join = node.has("join") ? text(node, "join", key, false) : null;
    List<String> strip = strings(node.get("strip-prefix"), key + ".strip-prefix");
    boolean lower = bool(node, "lowercase", key);
    String prefix = node.has("prefix") ? text(node, "prefix", key, false) : null;
    int hash = 0;
    if (node.has("hash")) {
      JsonNode h = node.get("hash");
      if (!h.isInt() || h.intValue() < 8 || h.intValue() > 64) {
        throw error(key + ".hash", "expected the number of hex digits to keep, 8 to 64");
      }
      hash = h.intValue();
    }
    TimestampPolicy ts =
        node.has("timestamp") ? timestamp(node.get("timestamp"), key + ".timestamp") : null;
    ValueSpec.FallbackFinding ff =
        node.has("if-fallback") ? fallback(node.get("if-fallback"), key + ".if-fallback") : null;
    Condition onlyIf = node.has("if") ? condition(node.get("if"), key + ".if", known) : null;
    return new ValueSpec(
        paths, firstOf, template, constant, dflt, parseJson, join, strip, lower, prefix, hash, ts,
        ff, onlyIf);
  }

  private ValueSpec firstOf(JsonNode node, String key, Set<String> known) {
    if (!node.isArray() || node.isEmpty()) {
      throw error(key, "expected a non-empty list of value specs");
    }
    List<ValueSpec> specs = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      specs.add(spec(node.get(i), key + "[" + i + "]", known));
    }
    return new ValueSpec(
        List.of(), specs, null, null, null, null, null, List.of(), false, null, 0, null, null,
        null);
  }

  private Template template(String text, String key, Set<String> known) {
    Template t;
    try {
      t = Template.parse(text);
    } catch (IllegalArgumentException e) {
      throw error(key, e.getMessage(), e);
    }
    for (String p : t.placeholders()) {
      if (!known.contains(p)) {
        throw error(
            key,
            "unknown placeholder {"
                + p
                + "} (known: the document kind's vars and "
                + String.join(", ", ItemContext.BUILT_INS)
                + ")");
      }
    }
    return t;
  }

  private TimestampPolicy timestamp(JsonNode node, String key) {
    if (node.isBoolean() && node.asBoolean()) {
      return new TimestampPolicy(TimestampPolicy.UTC, List.of());
    }
    if (!node.isObject()) {
      throw error(key, "expected true or {zone, formats}");
    }
    keys(node, Set.of("zone", "formats"), key);
    String zone = node.has("zone") ? text(node, "zone", key, true) : TimestampPolicy.UTC;
    TimestampPolicy p = new TimestampPolicy(zone, strings(node.get("formats"), key + ".formats"));
    String problem = p.problem();
    if (problem != null) {
      throw error(key, problem);
    }
    return p;
  }

  private ValueSpec.FallbackFinding fallback(JsonNode node, String key) {
    if (!node.isObject()) {
      throw error(key, "expected {rule, severity, message}");
    }
    keys(node, Set.of("rule", "severity", "message"), key);
    String rule = text(node, "rule", key, true);
    if (RuleId.byId(rule).isEmpty()) {
      throw error(key + ".rule", "unknown rule '" + rule + "'");
    }
    String severity = node.has("severity") ? text(node, "severity", key, true) : null;
    if (severity != null) {
      try {
        Severity.parse(severity);
      } catch (IllegalArgumentException e) {
        throw error(key + ".severity", "expected error, warning or info", e);
      }
    }
    return new ValueSpec.FallbackFinding(rule, severity, text(node, "message", key, true));
  }

  Condition condition(JsonNode node, String key, Set<String> known) {
    if (node == null || node.isNull()) {
      throw error(key, "expected a condition");
    }
    if (node.isArray()) {
      List<Condition> all = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        all.add(condition(node.get(i), key + "[" + i + "]", known));
      }
      return new Condition.All(all);
    }
    if (!node.isObject() || node.isEmpty()) {
      throw error(key, "expected a mapping of paths to tests, or all/any/not");
    }
    boolean explicit = false;
    for (String b : BASES) {
      explicit |= node.has(b);
    }
    if (explicit) {
      return test(node, key, known);
    }
    List<Condition> all = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String k = key + "." + e.getKey();
      switch (e.getKey()) {
        case "all", "any" -> {
          if (!e.getValue().isArray()) {
            throw error(k, "expected a list of conditions");
          }
          List<Condition> list = new ArrayList<>();
          for (int i = 0; i < e.getValue().size(); i++) {
            list.add(condition(e.getValue().get(i), k + "[" + i + "]", known));
          }
          all.add(e.getKey().equals("all") ? new Condition.All(list) : new Condition.Any(list));
        }
        case "not" -> all.add(new Condition.Not(condition(e.getValue(), k, known)));
        default -> {
          ValueSpec value = ValueSpec.ofPaths(List.of(path(e.getKey(), k)));
          all.add(tests(value, e.getValue(), k));
        }
      }
    }
    return all.size() == 1 ? all.get(0) : new Condition.All(all);
  }

  private Condition test(JsonNode node, String key, Set<String> known) {
    List<String> ops = new ArrayList<>();
    com.fasterxml.jackson.databind.node.ObjectNode specNode =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    com.fasterxml.jackson.databind.node.ObjectNode opNode =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (Condition.Op.byKey(e.getKey()) != null) {
        ops.add(e.getKey());
        opNode.set(e.getKey(), e.getValue());
      } else {
        specNode.set(e.getKey(), e.getValue());
      }
    }
    if (ops.isEmpty()) {
      throw error(key, "expected a test: " + opNames());
    }
    return tests(spec(specNode, key, known), opNode, key);
  }

  private Condition tests(ValueSpec value, JsonNode ops, String key) {
    if (!ops.isObject() || ops.isEmpty()) {
      throw error(key, "expected a mapping of tests: " + opNames());
    }
    List<Condition> all = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = ops.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Condition.Op op = Condition.Op.byKey(e.getKey());
      String k = key + "." + e.getKey();
      if (op == null) {
        throw error(k, "unknown test (expected " + opNames() + ")");
      }
      JsonNode arg = e.getValue();
      Pattern pattern = null;
      switch (op) {
        case PRESENT, ABSENT, EMPTY -> {
          if (!arg.isBoolean()) {
            throw error(k, "expected true or false");
          }
        }
        case IN, NOT_IN -> {
          if (!arg.isArray()) {
            throw error(k, "expected a list of values");
          }
        }
        case MATCHES -> {
          try {
            pattern = Pattern.compile(arg.asText());
          } catch (PatternSyntaxException ex) {
            throw error(k, "not a regular expression: " + ex.getDescription(), ex);
          }
        }
        case TYPE -> {
          if (!Set.of("string", "number", "boolean", "object", "array", "null")
              .contains(arg.asText())) {
            throw error(k, "expected string, number, boolean, object, array or null");
          }
        }
        default -> {
          if (!arg.isValueNode() || arg.isNull()) {
            throw error(k, "expected a scalar value");
          }
        }
      }
      all.add(new Condition.Test(value, op, arg, pattern));
    }
    return all.size() == 1 ? all.get(0) : new Condition.All(all);
  }

  private static String opNames() {
    List<String> names = new ArrayList<>();
    for (Condition.Op op : Condition.Op.values()) {
      names.add(op.key);
    }
    return String.join(", ", names);
  }

  private List<Profile.SniffRule> sniff(JsonNode node) {
    List<Profile.SniffRule> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!node.isArray()) {
      throw error("sniff", "expected a list of {score, when}");
    }
    for (int i = 0; i < node.size(); i++) {
      String k = "sniff[" + i + "]";
      JsonNode r = node.get(i);
      if (!r.isObject()) {
        throw error(k, "expected {score, when}");
      }
      keys(r, Set.of("score", "when"), k);
      JsonNode score = r.get("score");
      if (score == null || !score.isInt() || score.intValue() < 1) {
        throw error(k + ".score", "expected a positive whole number");
      }
      if (!r.has("when")) {
        throw error(k + ".when", "required");
      }
      out.add(
          new Profile.SniffRule(
              score.intValue(),
              condition(r.get("when"), k + ".when", Set.copyOf(ItemContext.BUILT_INS))));
    }
    return out;
  }

  private List<String> pointer(String p, String key) {
    if (!p.isEmpty() && !p.startsWith("/")) {
      throw error(
          key, "'" + p + "' is not a JSON pointer (starts with '/', or \"\" for the record)");
    }
    return MappingEngine.segments(p);
  }

  private SourcePath path(String text, String key) {
    try {
      return SourcePath.parse(text);
    } catch (IllegalArgumentException e) {
      throw error(key, e.getMessage(), e);
    }
  }

  private void keys(JsonNode node, Set<String> allowed, String key) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw error(
            key.isEmpty() ? k : key + "." + k,
            "unknown key (expected one of "
                + String.join(", ", new java.util.TreeSet<>(allowed))
                + ")");
      }
    }
  }

  private String text(JsonNode node, String name, String key, boolean nonBlank) {
    JsonNode v = node.get(name);
    String k = key.isEmpty() ? name : key + "." + name;
    if (v == null || !v.isTextual() || (nonBlank && v.asText().isBlank())) {
      throw error(k, nonBlank ? "expected a non-empty string" : "expected a string");
    }
    return v.asText();
  }

  private boolean bool(JsonNode node, String name, String key) {
    JsonNode v = node.get(name);
    if (v == null) {
      return false;
    }
    if (!v.isBoolean()) {
      throw error(key.isEmpty() ? name : key + "." + name, "expected true or false");
    }
    return v.asBoolean();
  }

  private List<String> strings(JsonNode node, String key) {
    List<String> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (node.isTextual()) {
      out.add(node.textValue());
      return out;
    }
    if (!node.isArray()) {
      throw error(key, "expected a string or a list of strings");
    }
    for (int i = 0; i < node.size(); i++) {
      if (!node.get(i).isTextual()) {
        throw error(key + "[" + i + "]", "expected a string");
      }
      out.add(node.get(i).textValue());
    }
    return out;
  }
}
