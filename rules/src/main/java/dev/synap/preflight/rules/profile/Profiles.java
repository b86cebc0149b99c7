package dev.synap.preflight.rules.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.synap.preflight.rules.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled profiles and the loader of profile files (schema in {@code rules/PROFILES.md}); any
 * problem in a profile file is a configuration error naming the key.
 */
public final class Profiles {
  /** The bundled profile names, in the order {@code auto} prefers them on a tie. */
  public static final List<String> BUNDLED =
      List.of("generic", "synap", "mem0", "zep", "letta", "supermemory", "langgraph", "chat-jsonl");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Map<String, Profile> CACHE = new ConcurrentHashMap<>();

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
    return Optional.of(CACHE.computeIfAbsent(name, Profiles::load));
  }

  private static Profile load(String name) {
    String resource = "/profiles/" + name + ".yaml";
    try (InputStream in = Profiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled profile missing from the jar: " + resource);
      }
      return parse(YAML.readTree(in), "bundled profile " + name + ".yaml");
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
    String origin = "profile " + file.getFileName();
    try (InputStream in = Files.newInputStream(file)) {
      return parse(YAML.readTree(in), origin);
    } catch (IOException e) {
      throw new ConfigException(origin + ": not valid YAML: " + e.getMessage(), e);
    }
  }

  /**
   * The bundled profile whose sniffing rules score highest on a file's first value (the document
   * root, a JSON Lines file's first line, a big JSON file's first array element inside its
   * envelope), if any rule holds; ties go to the earlier one in BUNDLED.
   */
  public static Optional<Profile> sniffSpecific(JsonNode probe) {
    Profile best = null;
    int bestScore = 0;
    for (Profile p : bundled()) {
      int score = p.sniff(probe);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The simple bundled profile ({@code generic} or {@code synap}) that fits a record best; ties go
   * to the earlier one in BUNDLED.
   */
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
    return ProfileParser.parse(root, origin);
  }
}
