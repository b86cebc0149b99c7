package dev.synap.preflight.validator.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A hash of a JSON value that ignores the order of object members (so that two metadata objects
 * that differ only in key order hash alike) and keeps the order of array elements, computed from
 * the tree without writing it out. Types are part of the hash: {@code "1"} and {@code 1} differ.
 */
final class Canonical {
  private static final long NULL_VALUE = 0x1F3D5B79A3C5E7F1L;

  private Canonical() {}

  static long hash(JsonNode node) {
    if (node == null) {
      return NULL_VALUE;
    }
    if (node.isObject()) {
      long sum = 0x0B1EC7L; // members are added: their order does not matter
      for (Map.Entry<String, JsonNode> m : node.properties()) {
        sum += mix(mix(string(m.getKey())) ^ hash(m.getValue()));
      }
      return mix(sum);
    }
    if (node.isArray()) {
      long h = 0xA77A7L;
      for (JsonNode child : node) {
        h = mix(h * 31 + hash(child));
      }
      return h;
    }
    if (node.isTextual()) {
      return string(node.textValue());
    }
    return mix(node.getNodeType().ordinal() * 0x9E3779B97F4A7C15L + string(node.asText()));
  }

  /** A 64-bit hash of a string (its cached 32-bit hash code and length, mixed), or of null. */
  static long string(String s) {
    return s == null ? NULL_VALUE : mix((long) s.hashCode() << 32 ^ s.length());
  }

  /** The finalizer of MurmurHash3's 64-bit variant: every input bit affects every output bit. */
  static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
