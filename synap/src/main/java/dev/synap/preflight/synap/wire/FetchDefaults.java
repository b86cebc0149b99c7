package dev.synap.preflight.synap.wire;

import java.util.List;

/** Defaults and normalisation shared by the four context-fetch requests (SDK behaviour). */
final class FetchDefaults {
  static final int MAX_RESULTS = 10;
  static final List<String> TYPES = List.of("all");
  static final String MODE = "fast";

  private FetchDefaults() {}

  static List<String> query(List<String> searchQuery) {
    return searchQuery == null ? null : List.copyOf(searchQuery);
  }

  static List<String> types(List<String> types) {
    return types == null || types.isEmpty() ? TYPES : List.copyOf(types);
  }

  static String mode(String mode) {
    return mode == null ? MODE : mode;
  }

  static int maxResults(int maxResults) {
    if (maxResults < 1) {
      throw new IllegalArgumentException("max_results must be at least 1, not " + maxResults);
    }
    return maxResults;
  }

  /** The SDK sends {@code precision_level} only when it is not the default {@code high}. */
  static String precision(String precisionLevel) {
    return precisionLevel == null || "high".equals(precisionLevel) ? null : precisionLevel;
  }

  /** The SDK sends {@code include_conversation_context} only when it is false. */
  static Boolean includeConversation(Boolean include) {
    return Boolean.FALSE.equals(include) ? Boolean.FALSE : null;
  }
}
