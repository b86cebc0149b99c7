package dev.synap.preflight.reports.model.verify;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Defensive copies for the verify records. */
final class Lists {
  private Lists() {}

  /** An unmodifiable copy; {@code null} becomes the empty list. */
  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** An unmodifiable copy in key order; {@code null} becomes the empty map. */
  static <V> Map<String, V> sorted(Map<String, V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
  }
}
