package dev.synap.preflight.cli.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.rules.model.DocumentTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The differential corpus: one valid base document per record with one field changed to a variant,
 * written as JSON Lines in the shape of a profile. Deterministic.
 */
final class ContractCorpus {
  /** A field left out of the record. */
  static final Object ABSENT = new Object();

  /** One record: which field varies, to what. */
  record Variant(String field, Object value) {}

  /** A profile's source field names for the canonical fields (null: the profile has none). */
  enum Shape {
    GENERIC(
        "generic",
        "",
        "id",
        "content",
        "document_type",
        "created_at",
        "user_id",
        "customer_id",
        "mode",
        "metadata"),
    SYNAP(
        "synap",
        "",
        "document_id",
        "document",
        "document_type",
        "document_created_at",
        "user_id",
        "customer_id",
        "mode",
        "metadata"),
    MEM0(
        "mem0", "mem0:", "id", "memory", null, "created_at", "user_id", "app_id", null, "metadata");

    final String profile;
    final String idPrefix;
    final Map<String, String> names = new LinkedHashMap<>();

    Shape(String profile, String idPrefix, String... names) {
      this.profile = profile;
      this.idPrefix = idPrefix;
      String[] canonical = {"id", "text", "type", "created", "user", "customer", "mode", "meta"};
      for (int i = 0; i < canonical.length; i++) {
        this.names.put(canonical[i], names[i]);
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** At least 30 spellings of document_created_at: strict, lenient, naive, policy, broken. */
  static final List<Object> TIMESTAMPS =
      Arrays.asList(
          "2024-05-01T10:30:00Z",
          "2024-05-01T10:30:00+00:00",
          "2024-05-01T10:30:00-07:00",
          "2024-05-01T10:30:00+05:30",
          "2024-05-01T10:30:00.5Z",
          "2024-05-01T10:30:00.123456Z",
          "2024-05-01",
          "2024-05-01 10:30:00 UTC",
          "2024-05-01 10:30:00",
          "2024-05-01T10:30:00",
          "2024-05-01T10:30:00+05",
          "2024-05-01T10:30:00+0530",
          "2024-05-01t10:30:00z",
          "2024-05-01 10:30Z",
          "2024-05-01T10:30",
          "2024-05-01T10:30:00,25Z",
          "2024-05-01T10:30:00.123456789Z",
          " 2024-05-01T10:30:00Z ",
          "2024-05-01T10:30:00 GMT",
          "2024-05-01 10:30:00 +02:00",
          "2024-05-01 10:30:00.5",
          "2024-02-29T00:00:00Z",
          "1970-01-01T00:00:00Z",
          "1969-12-31T23:59:59Z",
          "2030-01-01T00:00:00Z",
          "yesterday",
          "05/01/2024 10:30",
          "Wed, 01 May 2024 10:30:00 GMT",
          "2024-5-1",
          "2024-13-01T00:00:00Z",
          "2024-02-30T10:00:00Z",
          "2023-02-29",
          "2024-05-01T25:00:00Z",
          "2024-05-01T10:60:00Z",
          "2024-05-01T10:30:00+25:00",
          "2024-05-01T10:30:00.1234567890Z",
          "",
          "   ",
          "1714557600",
          1714557600,
          1714557600123L,
          null,
          ABSENT);

  static List<Variant> variants(Shape shape) {
    List<Variant> out = new ArrayList<>();
    TIMESTAMPS.forEach(t -> out.add(new Variant("created", t)));
    for (Object id :
        Arrays.asList(
            "id with spaces",
            "ид-ünïcödé-😀-漢字",
            "long-" + "x".repeat(2000),
            "   ",
            "",
            null,
            ABSENT,
            123456789)) {
      out.add(new Variant("id", id));
    }
    for (Object text : Arrays.asList("   ", "", null, ABSENT, "Ünïcödé text, 漢字 and 😀")) {
      out.add(new Variant("text", text));
    }
    if (shape.names.get("type") != null) {
      List<Object> types = new ArrayList<>(DocumentTypes.ACCEPTED);
      types.addAll(Arrays.asList("note", "support-ticket", "Document", "bogus", "", null, ABSENT));
      types.forEach(t -> out.add(new Variant("type", t)));
    }
    if (shape.names.get("mode") != null) {
      for (Object m : Arrays.asList("fast", "long-range", "slow", "", null)) {
        out.add(new Variant("mode", m));
      }
    }
    ObjectNode nested = NODES.objectNode();
    nested
        .putObject("deep")
        .putArray("list")
        .add(1)
        .add("two")
        .addNull()
        .addObject()
        .put("k", true);
    for (Object meta :
        Arrays.asList(
            NODES.objectNode().put("topic", "tea").put("n", 3).put("ok", true).put("x", 1.5),
            NODES.objectNode(),
            nested,
            NODES.arrayNode().add(1).add(2),
            "a string",
            42,
            4.5,
            true,
            null,
            ABSENT)) {
      out.add(new Variant("meta", meta));
    }
    String[][] identities = {
      {"u1", "c1"},
      {"u1", null},
      {null, "c1"},
      {null, null},
      {" ", "c1"},
      {"u1", " "},
      {"ユーザー", "客户"}
    };
    for (String[] who : identities) {
      out.add(new Variant("identity", who));
    }
    return out;
  }

  /** The base document's id for record {@code n} (before the profile's prefix). */
  static String baseId(String run, int n) {
    return run + "-" + n;
  }

  /** Writes one JSON Lines record per variant; returns the file. */
  static Path write(Path file, Shape shape, String run, List<Variant> variants) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int n = 0; n < variants.size(); n++) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", baseId(run, n));
      r.put("text", "User: note " + n + " of " + run + " about green tea.");
      r.put("type", "document");
      r.put("created", "2024-05-01T10:30:00Z");
      r.put("user", "u" + n % 3);
      r.put("customer", "c1");
      r.put("meta", NODES.objectNode().put("n", n));
      Variant v = variants.get(n);
      if (v.field().equals("identity")) {
        String[] who = (String[]) v.value();
        r.put("user", who[0] == null ? ABSENT : who[0]);
        r.put("customer", who[1] == null ? ABSENT : who[1]);
      } else if (v.field().equals("id") && v.value() instanceof String s && !s.isBlank()) {
        r.put("id", run + "-" + s);
      } else {
        r.put(v.field(), v.value());
      }
      ObjectNode o = NODES.objectNode();
      r.forEach(
          (k, value) -> {
            String name = shape.names.get(k);
            if (name != null && value != ABSENT) {
              o.set(name, JSON.valueToTree(value));
            }
          });
      lines.add(JSON.writeValueAsString(o));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private ContractCorpus() {}
}
