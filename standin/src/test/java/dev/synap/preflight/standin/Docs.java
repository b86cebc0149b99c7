package dev.synap.preflight.standin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds create-request bodies the way the SDK serialises them (every key present). */
final class Docs {
  private Docs() {}

  static Map<String, Object> doc(String documentId, String text, String userId, String customerId) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("document", text);
    d.put("document_type", "document");
    d.put("document_id", documentId);
    d.put("document_created_at", null);
    d.put("user_id", userId);
    d.put("customer_id", customerId);
    d.put("mode", "long-range");
    d.put("metadata", Map.of());
    return d;
  }

  static Map<String, Object> batch(List<Map<String, Object>> docs) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("documents", new ArrayList<>(docs));
    b.put("fail_fast", false);
    return b;
  }

  static Map<String, Object> userFetch(String userId, String customerId, String query) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("user_id", userId);
    f.put("customer_id", customerId);
    f.put("conversation_id", null);
    f.put("search_query", query == null ? null : List.of(query));
    f.put("max_results", 10);
    f.put("types", List.of("all"));
    f.put("mode", "fast");
    return f;
  }
}
