package dev.synap.preflight.validator.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.IdentityMap;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.config.Severity;
import dev.synap.preflight.rules.model.FieldValue;
import dev.synap.preflight.rules.model.MappedRecord;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.rules.model.SynapField;
import dev.synap.preflight.validator.finding.Finding;
import dev.synap.preflight.validator.finding.RecordFindings;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds what the validation run would hand the checks, from a record in Synap wire names: the
 * mapped record (with the lenient rendering of {@link MemoryDocument}), the text fields and a
 * context, then runs every standard check.
 */
final class FixtureRecords {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Instant DEFAULT_NOW = Instant.parse("2026-11-24T00:00:00Z");

  private FixtureRecords() {}

  static ObjectNode parse(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Maps a record given in Synap wire names; {@code sourceNames} renames fields (wire → source).
   */
  static MappedRecord map(JsonNode record, Map<String, String> sourceNames) {
    Map<SynapField, FieldValue> fields = new EnumMap<>(SynapField.class);
    for (SynapField f : SynapField.values()) {
      String source = sourceNames.getOrDefault(f.wireName(), f.wireName());
      fields.put(f, new FieldValue(source, record.get(f.wireName())));
    }
    JsonNode metadata = record.get("metadata");
    MemoryDocument doc =
        new MemoryDocument(
            render(record.get("document_id")),
            render(record.get("document")),
            render(record.get("document_type")),
            render(record.get("document_created_at")),
            render(record.get("user_id")),
            render(record.get("customer_id")),
            render(record.get("mode")),
            metadata);
    return new MappedRecord(doc, fields);
  }

  static MappedRecord map(String json) {
    return map(parse(json), Map.of());
  }

  /** Textual: the text; a number: its text; other types: their JSON text; absent or null: null. */
  static String render(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    return v.isTextual() ? v.textValue() : v.isNumber() ? v.asText() : v.toString();
  }

  static RecordContext context(MappedRecord r, CheckConfig config, IdentityMap ids, Instant now) {
    return new RecordContext(r, TextFields.collect(r), config, ids, now);
  }

  /** Runs every standard check on the record, as the run does. */
  static List<Finding> run(RecordContext ctx) {
    RecordFindings findings = new RecordFindings(ctx.config(), "fixture.jsonl", 1, 0);
    findings.documentId(ctx.mapped().document().documentId());
    for (Check c : Checks.standard()) {
      c.check(ctx, findings);
    }
    return findings.list();
  }

  static List<Finding> run(String json) {
    return run(context(map(json), CheckConfig.defaults(), null, DEFAULT_NOW));
  }

  /** A configuration from a fixture's {@code config}: redactText, instance, limits, severities. */
  static CheckConfig config(JsonNode node) {
    CheckConfig config = CheckConfig.defaults();
    if (node == null) {
      return config;
    }
    if (node.has("redactText")) {
      config = config.withRedactText(node.get("redactText").asBoolean());
    }
    if (node.has("instance")) {
      config = config.withInstance(Instance.parse(node.get("instance").asText()));
    }
    if (node.has("limits")) {
      config = config.withLimits(limits(node.get("limits")));
    }
    for (Map.Entry<String, JsonNode> e : iterable(node.get("severities"))) {
      RuleId rule = RuleId.byId(e.getKey()).orElseThrow();
      String s = e.getValue().asText();
      config = config.withSeverity(rule, s.equals("off") ? null : Severity.parse(s));
    }
    return config;
  }

  private static Limits limits(JsonNode n) {
    Limits d = Limits.DEFAULTS;
    return new Limits(
        n.path("document-hard-bytes").asLong(d.documentHardBytes()),
        n.path("document-soft-bytes").asLong(d.documentSoftBytes()),
        n.path("metadata-bytes").asLong(d.metadataBytes()),
        d.recordReadBytes(),
        n.has("future-tolerance")
            ? Duration.parse(n.get("future-tolerance").asText())
            : d.futureTolerance(),
        n.has("not-before") ? Instant.parse(n.get("not-before").asText()) : d.notBefore(),
        d.maxNestingDepth(),
        d.maxNumberLength(),
        d.maxDecompressionRatio());
  }

  /** An identity map from {@code {"users": {src: {user_id, customer_id}}, "customers": {}}}. */
  static IdentityMap identities(JsonNode node) {
    if (node == null) {
      return null;
    }
    Map<String, IdentityMap.Identity> users = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : iterable(node.get("users"))) {
      JsonNode v = e.getValue();
      users.put(
          e.getKey(),
          new IdentityMap.Identity(render(v.get("user_id")), render(v.get("customer_id"))));
    }
    Map<String, String> customers = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : iterable(node.get("customers"))) {
      customers.put(e.getKey(), e.getValue().asText());
    }
    return new IdentityMap(users, customers);
  }

  static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    return node == null ? List.of() : node.properties();
  }
}
