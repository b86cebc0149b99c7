package dev.synap.preflight.rules.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.config.Severity;
import dev.synap.preflight.rules.model.FieldValue;
import dev.synap.preflight.rules.model.MappedDocument;
import dev.synap.preflight.rules.model.MappedRecord;
import dev.synap.preflight.rules.model.MappingIssue;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.rules.model.SynapField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Maps one source record through a profile's emitters. One instance per record. */
final class MappingEngine {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Profile profile;
  private final JsonNode record;
  private final List<String> recordPointer;
  private final Profile.Locator locator;
  private final Supplier<String> recordHash;
  private final List<MappedDocument> documents = new ArrayList<>();
  private final List<Mapping.Skip> skipped = new ArrayList<>();

  MappingEngine(Profile profile, JsonNode record, String pointer, Profile.Locator locator) {
    this.profile = profile;
    this.record = record;
    this.recordPointer = segments(pointer);
    this.locator = locator;
    this.recordHash = ItemContext.recordHashOf(record);
  }

  Mapping run() {
    for (Emitter e : profile.emitters()) {
      if (e.from().isEmpty()) {
        item(e, new Found(record, null, lastIndex(), -1, ""));
        continue;
      }
      for (List<String> pattern : e.from()) {
        List<String> rest = remainder(pattern);
        if (rest != null) {
          List<Found> found = new ArrayList<>();
          JsonNode wild = recordPointer.isEmpty() ? null : record;
          expand(record, rest, 0, null, wild, lastIndex(), -1, new StringBuilder(), found);
          for (Found f : found) {
            item(e, f);
          }
        }
      }
    }
    return new Mapping(documents, skipped, List.of());
  }

  /** An item and where it is. */
  private record Found(
      JsonNode item, JsonNode parent, int index, int parentIndex, String pointer) {}

  private int lastIndex() {
    if (recordPointer.isEmpty()) {
      return -1;
    }
    String last = recordPointer.get(recordPointer.size() - 1);
    return last.matches("\\d{1,9}") ? Integer.parseInt(last) : -1;
  }

  /** The pattern's part below the record, or null when the record is not under the pattern. */
  private List<String> remainder(List<String> pattern) {
    if (pattern.size() < recordPointer.size()) {
      return null;
    }
    for (int i = 0; i < recordPointer.size(); i++) {
      String p = pattern.get(i);
      if (!p.equals("*") && !p.equals(recordPointer.get(i))) {
        return null;
      }
    }
    return pattern.subList(recordPointer.size(), pattern.size());
  }

  /**
   * Walks {@code rest} from {@code node}. {@code wild} is the element the latest wildcard matched
   * (at {@code index}), {@code parent} the one the wildcard before it matched (at {@code
   * parentIndex}).
   */
  private static void expand(
      JsonNode node,
      List<String> rest,
      int at,
      JsonNode parent,
      JsonNode wild,
      int index,
      int parentIndex,
      StringBuilder pointer,
      List<Found> out) {
    if (node == null) {
      return;
    }
    if (at == rest.size()) {
      out.add(new Found(node, parent, index, parentIndex, pointer.toString()));
      return;
    }
    String seg = rest.get(at);
    int mark = pointer.length();
    if (!seg.equals("*")) {
      JsonNode child =
          node.isObject()
              ? node.get(seg)
              : node.isArray() && seg.matches("\\d{1,9}") ? node.get(Integer.parseInt(seg)) : null;
      pointer.append('/').append(escape(seg));
      expand(child, rest, at + 1, parent, wild, index, parentIndex, pointer, out);
      pointer.setLength(mark);
      return;
    }
    int i = 0;
    if (node.isArray()) {
      for (JsonNode child : node) {
        pointer.append('/').append(i);
        expand(child, rest, at + 1, wild, child, i, index, pointer, out);
        pointer.setLength(mark);
        i++;
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        pointer.append('/').append(escape(f.getKey()));
        expand(f.getValue(), rest, at + 1, wild, f.getValue(), i, index, pointer, out);
        pointer.setLength(mark);
        i++;
      }
    }
  }

  private void item(Emitter e, Found f) {
    ItemContext ctx =
        new ItemContext(
            f.item(),
            record,
            f.parent(),
            f.index(),
            f.parentIndex(),
            profile.name(),
            e.sourceType(),
            e.vars(),
            recordHash);
    if (e.when() != null && !e.when().test(ctx)) {
      return;
    }
    for (Emitter.SkipRule s : e.skips()) {
      if (s.when().test(ctx)) {
        long[] at = locator == null ? null : locator.locate(f.item());
        skipped.add(
            new Mapping.Skip(
                e.sourceType(),
                s.reason(),
                f.pointer(),
                at == null ? 0 : at[0],
                at == null ? 0 : at[1]));
        return;
      }
    }
    documents.add(document(e, ctx, f));
  }

  private MappedDocument document(Emitter e, ItemContext ctx, Found f) {
    Map<SynapField, FieldValue> values = new EnumMap<>(SynapField.class);
    List<MappingIssue> issues = new ArrayList<>();
    ValueSpec.Resolved created = null;
    for (Map.Entry<SynapField, ValueSpec> entry : e.fields().entrySet()) {
      SynapField field = entry.getKey();
      if (field == SynapField.METADATA && e.metadata() != null) {
        continue;
      }
      ValueSpec.Resolved r = entry.getValue().resolve(ctx);
      values.put(field, new FieldValue(r.sourceName(), r.value()));
      if (field == SynapField.DOCUMENT_CREATED_AT) {
        created = r;
      }
      ValueSpec.FallbackFinding ff = entry.getValue().onFallback();
      if (ff != null && r.fallback() && !r.isMissing()) {
        issues.add(
            new MappingIssue(
                RuleId.byId(ff.rule()).orElseThrow(),
                ff.severity() == null ? null : Severity.parse(ff.severity()),
                r.sourceName(),
                ff.message()));
      }
      if (r.naive() == TimestampPolicy.Naive.REJECTED) {
        issues.add(
            new MappingIssue(
                RuleId.INVALID_TIMESTAMP,
                null,
                r.sourceName(),
                "'"
                    + ValueSpec.text(r.value())
                    + "' has no time zone, and the profile's zone policy is reject-naive"));
      }
    }
    if (e.metadata() != null) {
      values.put(SynapField.METADATA, new FieldValue("metadata", metadata(e, ctx, created)));
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
    long[] at = locator == null ? null : locator.locate(f.item());
    return new MappedDocument(
        new MappedRecord(doc, values),
        e.sourceType(),
        f.pointer(),
        at == null ? 0 : at[0],
        at == null ? 0 : at[1],
        issues);
  }

  private ObjectNode metadata(Emitter e, ItemContext ctx, ValueSpec.Resolved created) {
    ObjectNode out = NODES.objectNode();
    for (ValueSpec m : e.metadata().merge()) {
      ValueSpec.Resolved r = m.resolve(ctx);
      if (r.isMissing()) {
        continue;
      }
      if (r.value().isObject()) {
        out.setAll((ObjectNode) r.value().deepCopy());
      } else {
        out.set("source_metadata", r.value());
      }
    }
    out.put("source_type", e.sourceType());
    if (e.sourceId() != null) {
      ValueSpec.Resolved id = e.sourceId().resolve(ctx);
      if (!id.isMissing()) {
        out.set("source_id", id.value());
      }
    }
    if (created != null && created.original() != null && !created.original().isNull()) {
      out.set("source_created_at", created.original());
      if (created.fallback()) {
        out.put("created_at_source", created.sourceName());
      }
      if (created.naive() == TimestampPolicy.Naive.ASSUMED_UTC) {
        out.put("created_at_assumed_utc", true);
      } else if (created.naive() == TimestampPolicy.Naive.ASSUMED_ZONE) {
        out.put("created_at_assumed_zone", true);
      }
    }
    for (Map.Entry<String, ValueSpec> s : e.metadata().set().entrySet()) {
      ValueSpec.Resolved r = s.getValue().resolve(ctx);
      if (!r.isMissing()) {
        out.set(s.getKey(), r.value());
      }
    }
    return out;
  }

  static MappedRecord empty() {
    Map<SynapField, FieldValue> values = new EnumMap<>(SynapField.class);
    for (SynapField f : SynapField.values()) {
      values.put(f, Profile.absent(f));
    }
    return new MappedRecord(
        new MemoryDocument(null, null, null, null, null, null, null, null), values);
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

  static List<String> segments(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer == null || pointer.isEmpty()) {
      return out;
    }
    for (String s : pointer.substring(1).split("/", -1)) {
      out.add(s.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
