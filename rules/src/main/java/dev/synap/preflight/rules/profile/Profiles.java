package dev.synap.preflight.rules.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.synap.preflight.rules.config.ConfigException;
import dev.synap.preflight.rules.model.SynapField;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bundled profiles and the loader of profile files. A profile file is YAML with {@code name},
 * {@code description} and {@code fields} (Synap wire name → list of source field names); anything
 * else is a configuration error naming the key.
 */
public final class Profiles {
  /** The bundled profile names, in the order {@code auto} prefers them on a tie. */
  public static final List<String> BUNDLED = List.of("generic", "synap");

  private static final Set<String> TOP_KEYS = Set.of("name", "description", "fields");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private Profiles() {}

  /** Every bundled profile, in {@link #BUNDLED} order. */
  public static List<Profile> bundled() {
    List<Profile> out = new ArrayList<>();
    for (String name : BUNDLED) {
      out.add(bundled(name).orElseThrow());
    }
    return out;
  }

  /** A bundled profile by name. */
  public static Optional<Profile> bundled(String name) {
    if (!BUNDLED.contains(name)) {
      return Optional.empty();
    }
    String resource = "/profiles/" + name + ".yaml";
    try (InputStream in = Profiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled profile missing from the jar: " + resource);
      }
      return Optional.of(parse(YAML.readTree(in), "bundled profile " + name));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled profile " + name, e);
    }
  }

  /** A bundled profile by name, or a profile file by path; anything else is a usage error. */
  public static Profile resolve(String nameOrPath) {
    Optional<Profile> bundled = bundled(nameOrPath);
    if (bundled.isPresent()) {
      return bundled.get();
    }
    Path file = Path.of(nameOrPath);
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(
          "unknown profile '"
              + nameOrPath
              + "': not a bundled profile ("
              + String.join(", ", BUNDLED)
              + ", or auto) and not a readable file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parse(YAML.readTree(in), "profile " + file);
    } catch (IOException e) {
      throw new ConfigException("profile " + file + ": " + e.getMessage(), e);
    }
  }

  /** The bundled profile that fits a record best; ties go to the earlier one in BUNDLED. */
  public static Profile sniff(JsonNode record) {
    Profile best = null;
    int bestFit = 0;
    for (Profile p : bundled()) {
      int fit = p.fit(record);
      if (fit > bestFit) {
        best = p;
        bestFit = fit;
      }
    }
    return best != null ? best : bundled("generic").orElseThrow();
  }

  static Profile parse(JsonNode root, String origin) {
    if (root == null || !root.isObject()) {
      throw new ConfigException(origin + ": expected a YAML mapping at the top level");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!TOP_KEYS.contains(key)) {
        throw new ConfigException(
            origin + ": unknown key '" + key + "' (expected name, description, fields)");
      }
    }
    String name = requireText(root, "name", origin);
    String description = root.path("description").asText("");
    JsonNode fields = root.get("fields");
    if (fields == null || !fields.isObject()) {
      throw new ConfigException(origin + ": 'fields' must be a mapping of Synap field names");
    }
    Map<SynapField, List<String>> mapping = new EnumMap<>(SynapField.class);
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    fields.fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
    for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
      SynapField field;
      try {
        field = SynapField.byWireName(e.getKey());
      } catch (IllegalArgumentException ex) {
        throw new ConfigException(origin + ": fields." + e.getKey() + ": not a Synap field", ex);
      }
      List<String> names = new ArrayList<>();
      JsonNode v = e.getValue();
      if (v.isTextual()) {
        names.add(v.asText());
      } else if (v.isArray() && v.size() > 0) {
        v.forEach(n -> names.add(n.asText()));
      } else {
        throw new ConfigException(
            origin + ": fields." + e.getKey() + ": expected a source field name or a list of them");
      }
      mapping.put(field, names);
    }
    for (SynapField required : List.of(SynapField.DOCUMENT, SynapField.DOCUMENT_ID)) {
      if (!mapping.containsKey(required)) {
        throw new ConfigException(origin + ": fields." + required.wireName() + " is required");
      }
    }
    return new Profile(name, description, mapping);
  }

  private static String requireText(JsonNode root, String key, String origin) {
    JsonNode v = root.get(key);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new ConfigException(origin + ": '" + key + "' must be a non-empty string");
    }
    return v.asText();
  }
}
