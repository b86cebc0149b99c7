package dev.synap.preflight.rules.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Locale;

/**
 * How one value is derived from a source item: from the first present of several paths, from the
 * first present of several nested specs ({@code first-of}), from a template, or a constant; then
 * transformed (parse-json, join, strip-prefix, lowercase, prefix, hash, timestamp). A spec with
 * nothing but paths and no transform keeps the value's JSON type, so the checks see what was there.
 *
 * @param paths source paths, first present wins
 * @param firstOf nested specs, first with a value wins (each with its own transforms)
 * @param template a template over variables, or null
 * @param constant a constant value, or null
 * @param defaultValue the value when nothing else gives one, or null
 * @param parseJson when the value is a string holding a JSON object: the path inside it to take
 *     (the string is kept when it is not JSON or the path is absent)
 * @param join when the value is an array of scalars: the separator to join them with
 * @param stripPrefix prefixes removed from a string value (the first that matches)
 * @param lowercase lower-cases a string value
 * @param prefix text put in front of a string value
 * @param hash when > 0, the value becomes that many hex digits of its SHA-256
 * @param timestamp timestamp reading, or null
 * @param onFallback the finding to raise when the value came from a later alternative, or null
 * @param onlyIf the value is absent unless this condition holds for the item ({@code if}), or null
 */
record ValueSpec(
    List<SourcePath> paths,
    List<ValueSpec> firstOf,
    Template template,
    JsonNode constant,
    JsonNode defaultValue,
    SourcePath parseJson,
    String join,
    List<String> stripPrefix,
    boolean lowercase,
    String prefix,
    int hash,
    TimestampPolicy timestamp,
    FallbackFinding onFallback,
    Condition onlyIf) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  ValueSpec {
    paths = List.copyOf(paths);
    firstOf = List.copyOf(firstOf);
    stripPrefix = List.copyOf(stripPrefix);
  }

  /** A spec that reads the first present of some source paths, untransformed. */
  static ValueSpec ofPaths(List<SourcePath> paths) {
    return new ValueSpec(
        paths, List.of(), null, null, null, null, null, List.of(), false, null, 0, null, null,
        null);
  }

  /** A constant. */
  static ValueSpec ofConstant(JsonNode value) {
    return new ValueSpec(
        List.of(), List.of(), null, value, null, null, null, List.of(), false, null, 0, null, null,
        null);
  }

  /**
   * The finding a profile asks for when a value came from a fallback (e.g. Supermemory's summary
   * when a list was exported without content).
   */
  record FallbackFinding(String rule, String severity, String message) {}

  /**
   * A resolved value.
   *
   * @param value the value (null when absent; JSON null kept)
   * @param sourceName the path it came from (or the template/constant), for findings
   * @param fallback whether a later alternative gave it
   * @param original the value before transforms
   * @param naive what the timestamp policy did with a value without zone
   */
  record Resolved(
      JsonNode value,
      String sourceName,
      boolean fallback,
      JsonNode original,
      TimestampPolicy.Naive naive) {
    boolean isMissing() {
      return value == null || value.isNull() || value.isMissingNode();
    }
  }

  /** The name findings use when no path was given. */
  String describe() {
    if (!paths.isEmpty()) {
      return paths.get(0).text();
    }
    if (!firstOf.isEmpty()) {
      return firstOf.get(0).describe();
    }
    if (template != null) {
      return "template " + template.text();
    }
    return "constant";
  }

  Resolved resolve(ItemContext ctx) {
    if (onlyIf != null && !onlyIf.test(ctx)) {
      return new Resolved(null, describe(), false, null, TimestampPolicy.Naive.NONE);
    }
    Resolved base = base(ctx);
    if (base.isMissing() && defaultValue != null) {
      base =
          new Resolved(
              defaultValue, base.sourceName(), true, defaultValue, TimestampPolicy.Naive.NONE);
    }
    if (base.isMissing()) {
      return base;
    }
    return transform(base);
  }

  private Resolved base(ItemContext ctx) {
    if (!paths.isEmpty()) {
      String firstPresent = null;
      JsonNode firstNull = null;
      for (int i = 0; i < paths.size(); i++) {
        SourcePath p = paths.get(i);
        JsonNode v = p.resolve(ctx.item, ctx.root, ctx.parent);
        if (v != null && !v.isNull()) {
          return new Resolved(v, p.text(), i > 0, v, TimestampPolicy.Naive.NONE);
        }
        if (v != null && firstPresent == null) {
          firstPresent = p.text();
          firstNull = v;
        }
      }
      String name = firstPresent != null ? firstPresent : paths.get(0).text();
      return new Resolved(firstNull, name, false, firstNull, TimestampPolicy.Naive.NONE);
    }
    if (!firstOf.isEmpty()) {
      for (int i = 0; i < firstOf.size(); i++) {
        Resolved r = firstOf.get(i).resolve(ctx);
        if (!r.isMissing()) {
          return new Resolved(
              r.value(), r.sourceName(), i > 0 || r.fallback(), r.original(), r.naive());
        }
      }
      return new Resolved(null, firstOf.get(0).describe(), false, null, TimestampPolicy.Naive.NONE);
    }
    if (template != null) {
      String s = template.render(ctx::placeholder);
      JsonNode v = s == null ? null : NODES.textNode(s);
      return new Resolved(v, "template " + template.text(), false, v, TimestampPolicy.Naive.NONE);
    }
    return new Resolved(constant, "constant", false, constant, TimestampPolicy.Naive.NONE);
  }

  private Resolved transform(Resolved r) {
    JsonNode v = r.value();
    if (parseJson != null && v.isTextual()) {
      v = parseJson(v.textValue());
    }
    if (join != null && v.isArray()) {
      v = joined(v);
    }
    if (!v.isValueNode()) {
      return new Resolved(v, r.sourceName(), r.fallback(), r.original(), r.naive());
    }
    boolean changed = v != r.value();
    String s = v.isTextual() ? v.textValue() : v.asText();
    for (String p : stripPrefix) {
      if (s.startsWith(p)) {
        s = s.substring(p.length());
        changed = true;
        break;
      }
    }
    if (lowercase) {
      s = s.toLowerCase(Locale.ROOT);
      changed = true;
    }
    if (prefix != null) {
      s = prefix + s;
      changed = true;
    }
    if (hash > 0) {
      s = ItemContext.sha256Hex(s, hash);
      changed = true;
    }
    TimestampPolicy.Naive naive = r.naive();
    if (timestamp != null && v.isTextual()) {
      TimestampPolicy.Result t = timestamp.apply(s);
      s = t.value();
      naive = t.naive();
      changed = true;
    }
    JsonNode out = changed ? NODES.textNode(s) : v;
    return new Resolved(out, r.sourceName(), r.fallback(), r.original(), naive);
  }

  private JsonNode parseJson(String text) {
    String t = text.strip();
    if (!t.startsWith("{")) {
      return NODES.textNode(text);
    }
    try {
      JsonNode parsed = JSON.readTree(t);
      JsonNode inner = parsed == null ? null : parseJson.resolve(parsed, parsed, null);
      return inner == null || inner.isNull() ? NODES.textNode(text) : inner;
    } catch (JsonProcessingException | RuntimeException e) {
      return NODES.textNode(text);
    }
  }

  private JsonNode joined(JsonNode array) {
    StringBuilder sb = new StringBuilder();
    for (JsonNode e : array) {
      if (!e.isValueNode() || e.isNull()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(join);
      }
      sb.append(e.asText());
    }
    return NODES.textNode(sb.toString());
  }

  /** A value as text: strings as they are, other scalars as written, containers as JSON. */
  static String text(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    return v.isTextual() ? v.textValue() : v.isValueNode() ? v.asText() : v.toString();
  }
}
