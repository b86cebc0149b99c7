package dev.synap.preflight.rules.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One item an emitter is mapping: the item, the source record it is in, the element one wildcard
 * above it, its position, and the emitter's variables (resolved once, on first use).
 */
final class ItemContext {
  /** Placeholders every template may use besides the emitter's variables. */
  static final List<String> BUILT_INS =
      List.of("index", "parent_index", "record_hash", "profile", "source_type");

  final JsonNode item;
  final JsonNode root;
  final JsonNode parent;
  final int index;
  final int parentIndex;
  private final String profile;
  private final String sourceType;
  private final Map<String, ValueSpec> vars;
  private final Map<String, String> resolved = new HashMap<>();
  private final Supplier<String> recordHash;

  ItemContext(
      JsonNode item,
      JsonNode root,
      JsonNode parent,
      int index,
      int parentIndex,
      String profile,
      String sourceType,
      Map<String, ValueSpec> vars,
      Supplier<String> recordHash) {
    this.item = item;
    this.root = root;
    this.parent = parent;
    this.index = index;
    this.parentIndex = parentIndex;
    this.profile = profile;
    this.sourceType = sourceType;
    this.vars = vars;
    this.recordHash = recordHash;
  }

  /** A placeholder's text, or null when it has no value. */
  String placeholder(String name) {
    if (resolved.containsKey(name)) {
      return resolved.get(name);
    }
    String value;
    ValueSpec spec = vars.get(name);
    if (spec != null) {
      resolved.put(name, null); // a variable that refers to itself resolves to nothing
      value = ValueSpec.text(spec.resolve(this).value());
    } else {
      value =
          switch (name) {
            case "index" -> index < 0 ? null : Integer.toString(index);
            case "parent_index" -> parentIndex < 0 ? null : Integer.toString(parentIndex);
            case "record_hash" -> recordHash.get();
            case "profile" -> profile;
            case "source_type" -> sourceType;
            default -> null;
          };
    }
    resolved.put(name, value);
    return value;
  }

  /** The record hash, computed once per record and only when a template asks for it. */
  static Supplier<String> recordHashOf(JsonNode root) {
    String[] cache = new String[1];
    return () -> {
      if (cache[0] == null) {
        cache[0] = sha256Hex(root.toString(), 16);
      }
      return cache[0];
    };
  }

  static String sha256Hex(String text, int hexChars) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      String hex = HexFormat.of().formatHex(d);
      return hex.substring(0, Math.min(hexChars, hex.length()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
