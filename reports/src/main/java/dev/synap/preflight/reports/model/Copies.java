package dev.synap.preflight.reports.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Defensive copies shared by the model records. */
final class Copies {
  private Copies() {}

  /** An unmodifiable copy; {@code null} becomes the empty list. Elements must not be null. */
  static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /**
   * An unmodifiable copy in key order (so renderings never depend on the caller's map type); {@code
   * null} becomes the empty map. Keys must not be null.
   */
  static <V> Map<String, V> sortedMap(Map<String, V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
  }
}
