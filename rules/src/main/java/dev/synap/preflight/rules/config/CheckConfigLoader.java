package dev.synap.preflight.rules.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Reads a check configuration file ({@code --config}): YAML overriding {@link
 * CheckConfig#defaults()}. Every key is checked; an unknown key or a bad value is a {@link
 * ConfigException} that names the file and the key path.
 *
 * <pre>
 * limits:
 *   document-hard-bytes: 524288
 *   document-soft-bytes: 131072
 *   metadata-bytes: 65536
 *   record-read-bytes: 8388608
 *   future-tolerance: P1D          # ISO-8601 duration
 *   not-before: 1970-01-01T00:00:00Z
 *   max-nesting-depth: 1000
 *   max-number-length: 1000
 *   max-decompression-ratio: 1000  # gzip: decompressed/compressed bytes, checked after 1 MiB
 * rules:                           # rule id: error | warning | info | off
 *   not-nfc: off
 * gate:
 *   fail-on: error                 # or warning
 * instance: b2c                    # or b2b
 * max-examples: 1000
 * redact-text: false               # true: no document text in finding messages
 * </pre>
 */
public final class CheckConfigLoader {
  private static final Set<String> TOP =
      Set.of("limits", "rules", "gate", "instance", "max-examples", "redact-text");

  private CheckConfigLoader() {}

  public static CheckConfig load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return apply(CheckConfig.defaults(), new ObjectMapper(new YAMLFactory()).readTree(in), file);
    } catch (IOException e) {
      throw new ConfigException("config " + file + ": cannot read: " + e.getMessage(), e);
    }
  }

  static CheckConfig apply(CheckConfig base, JsonNode root, Path file) {
    if (root == null || root.isMissingNode() || root.isNull()) {
      return base;
    }
    if (!root.isObject()) {
      throw new ConfigException("config " + file + ": expected a mapping at the top level");
    }
    CheckConfig config = base;
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode v = e.getValue();
      try {
        config =
            switch (key) {
              case "limits" -> config.withLimits(limits(config.limits(), v, file));
              case "rules" -> rules(config, v, file);
              case "gate" -> gate(config, v, file);
              case "instance" -> config.withInstance(Instance.parse(v.asText()));
              case "max-examples" -> config.withMaxExamples(intValue(v, file, key));
              case "redact-text" -> config.withRedactText(booleanValue(v, file, key));
              default ->
                  throw new ConfigException(
                      "config "
                          + file
                          + ": unknown key '"
                          + key
                          + "' (expected one of "
                          + TOP
                          + ")");
            };
      } catch (IllegalArgumentException ex) {
        throw new ConfigException("config " + file + ": " + key + ": " + ex.getMessage(), ex);
      }
    }
    return config;
  }

  private static Limits limits(Limits l, JsonNode node, Path file) {
    requireObject(node, file, "limits");
    long hard = l.documentHardBytes();
    long soft = l.documentSoftBytes();
    long meta = l.metadataBytes();
    int read = l.recordReadBytes();
    Duration future = l.futureTolerance();
    Instant notBefore = l.notBefore();
    int depth = l.maxNestingDepth();
    int digits = l.maxNumberLength();
    int ratio = l.maxDecompressionRatio();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = "limits." + e.getKey();
      JsonNode v = e.getValue();
      switch (e.getKey()) {
        case "document-hard-bytes" -> hard = longValue(v, file, key);
        case "document-soft-bytes" -> soft = longValue(v, file, key);
        case "metadata-bytes" -> meta = longValue(v, file, key);
        case "record-read-bytes" -> read = intValue(v, file, key);
        case "future-tolerance" -> future = duration(v, file, key);
        case "not-before" -> notBefore = instant(v, file, key);
        case "max-nesting-depth" -> depth = intValue(v, file, key);
        case "max-number-length" -> digits = intValue(v, file, key);
        case "max-decompression-ratio" -> ratio = intValue(v, file, key);
        default -> throw new ConfigException("config " + file + ": unknown key '" + key + "'");
      }
    }
    return new Limits(hard, soft, meta, read, future, notBefore, depth, digits, ratio);
  }

  private static CheckConfig rules(CheckConfig config, JsonNode node, Path file) {
    requireObject(node, file, "rules");
    CheckConfig out = config;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      RuleId rule =
          RuleId.byId(e.getKey())
              .orElseThrow(
                  () ->
                      new ConfigException(
                          "config " + file + ": rules." + e.getKey() + ": unknown rule id"));
      JsonNode v = e.getValue();
      // YAML 1.1 reads an unquoted `off` as the boolean false: accept it as the word it was.
      boolean off = v.isBoolean() ? !v.booleanValue() : "off".equalsIgnoreCase(v.asText());
      if (v.isBoolean() && v.booleanValue()) {
        throw new ConfigException(
            "config " + file + ": rules." + e.getKey() + ": expected error, warning, info or off");
      }
      out = out.withSeverity(rule, off ? null : Severity.parse(v.asText()));
    }
    return out;
  }

  private static CheckConfig gate(CheckConfig config, JsonNode node, Path file) {
    requireObject(node, file, "gate");
    CheckConfig out = config;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals("fail-on")) {
        throw new ConfigException("config " + file + ": unknown key 'gate." + e.getKey() + "'");
      }
      out = out.withFailOn(Severity.parse(e.getValue().asText()));
    }
    return out;
  }

  private static boolean booleanValue(JsonNode v, Path file, String key) {
    if (!v.isBoolean()) {
      throw new ConfigException("config " + file + ": " + key + " must be true or false");
    }
    return v.booleanValue();
  }

  private static void requireObject(JsonNode node, Path file, String key) {
    if (!node.isObject()) {
      throw new ConfigException("config " + file + ": " + key + " must be a mapping");
    }
  }

  private static long longValue(JsonNode v, Path file, String key) {
    if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0) {
      throw new ConfigException(
          "config " + file + ": " + key + " must be a non-negative whole number");
    }
    return v.asLong();
  }

  private static int intValue(JsonNode v, Path file, String key) {
    long n = longValue(v, file, key);
    if (n > Integer.MAX_VALUE) {
      throw new ConfigException("config " + file + ": " + key + " is too large");
    }
    return (int) n;
  }

  private static Duration duration(JsonNode v, Path file, String key) {
    try {
      return Duration.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw new ConfigException(
          "config " + file + ": " + key + " must be an ISO-8601 duration such as P1D", e);
    }
  }

  private static Instant instant(JsonNode v, Path file, String key) {
    try {
      return Instant.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw new ConfigException(
          "config "
              + file
              + ": "
              + key
              + " must be an ISO-8601 instant such as 1970-01-01T00:00:00Z",
          e);
    }
  }
}
