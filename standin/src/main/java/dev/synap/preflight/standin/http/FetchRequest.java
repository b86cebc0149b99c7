package dev.synap.preflight.standin.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.standin.store.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A validated context-fetch body (synap-api.md §4.2): route, subject ids, queries, the result limit
 * ({@code max_results} 1–50, default 10) and the wanted lists.
 */
record FetchRequest(
    String route, Visibility visibility, List<String> queries, int maxResults, Set<String> lists) {

  static final List<String> LISTS =
      List.of("facts", "preferences", "episodes", "emotions", "temporal_events");
  static final int MAX_RESULTS = 50;

  private static final Map<String, String> TYPE_NAMES =
      Map.ofEntries(
          Map.entry("fact", "facts"),
          Map.entry("facts", "facts"),
          Map.entry("preference", "preferences"),
          Map.entry("preferences", "preferences"),
          Map.entry("episode", "episodes"),
          Map.entry("episodes", "episodes"),
          Map.entry("emotion", "emotions"),
          Map.entry("emotions", "emotions"),
          Map.entry("temporal", "temporal_events"),
          Map.entry("temporal_event", "temporal_events"),
          Map.entry("temporal_events", "temporal_events"));

  static FetchRequest parse(String route, JsonNode body, Instance instance) {
    if (!body.isObject()) {
      throw new ApiException(422, "the request body must be a JSON object");
    }
    checkEnum(body, "mode", List.of("fast", "accurate"));
    checkEnum(body, "precision_level", List.of("high", "medium"));
    if (body.hasNonNull("context_mode")) {
      if (!"user".equals(route)) {
        throw new ApiException(422, "context_mode is only accepted by the user route");
      }
      checkEnum(body, "context_mode", List.of("in-conversation", "conversation-summary"));
    }
    return new FetchRequest(
        route, visibility(route, body, instance), queries(body), maxResults(body), lists(body));
  }

  private static Visibility visibility(String route, JsonNode body, Instance instance) {
    String userId = id(body, "user_id");
    String customerId = id(body, "customer_id");
    if ("conversation".equals(route)) {
      String conversation = id(body, "conversation_id");
      if (conversation == null) {
        throw new ApiException(422, "conversation_id: field required");
      }
      try {
        UUID.fromString(conversation);
      } catch (IllegalArgumentException e) {
        throw new ApiException(400, "conversation_id: '" + conversation + "' is not a UUID");
      }
      route = userId != null ? "user" : customerId != null ? "customer" : "client";
    }
    return switch (route) {
      case "user" -> {
        if (userId == null) {
          throw new ApiException(422, "user_id: field required");
        }
        if (instance == Instance.B2B && customerId == null) {
          throw new ApiException(400, "customer_id is required for a user fetch on a B2B instance");
        }
        yield Visibility.user(userId, instance == Instance.B2B ? customerId : null);
      }
      case "customer" -> {
        if (customerId == null) {
          throw new ApiException(422, "customer_id: field required");
        }
        yield Visibility.customer(customerId);
      }
      default -> Visibility.client();
    };
  }

  private static List<String> queries(JsonNode body) {
    JsonNode q = body.get("search_query");
    List<String> out = new ArrayList<>();
    if (q == null || q.isNull()) {
      return out;
    }
    if (q.isTextual()) {
      out.add(q.asText());
      return out;
    }
    if (!q.isArray()) {
      throw new ApiException(422, "search_query: must be a string, a list of strings or null");
    }
    for (JsonNode e : q) {
      if (!e.isTextual()) {
        throw new ApiException(422, "search_query: every element must be a string");
      }
      out.add(e.asText());
    }
    return out;
  }

  private static int maxResults(JsonNode body) {
    JsonNode m = body.get("max_results");
    if (m == null || m.isNull()) {
      return 10;
    }
    if (!m.isIntegralNumber() || m.asLong() < 1) {
      throw new ApiException(422, "max_results: must be a positive integer");
    }
    if (m.asLong() > MAX_RESULTS) {
      throw new ApiException(
          400,
          "max_results: " + m.asText() + " exceeds the maximum of " + MAX_RESULTS,
          Map.of("max_results", MAX_RESULTS));
    }
    return m.asInt();
  }

  private static Set<String> lists(JsonNode body) {
    JsonNode t = body.get("types");
    Set<String> out = new LinkedHashSet<>();
    if (t == null || t.isNull()) {
      out.addAll(LISTS);
      return out;
    }
    List<JsonNode> values = new ArrayList<>();
    if (t.isArray()) {
      t.forEach(values::add);
    } else {
      values.add(t);
    }
    for (JsonNode v : values) {
      String name = v.isTextual() ? v.asText() : null;
      if ("all".equals(name)) {
        out.addAll(LISTS);
      } else if (name != null && TYPE_NAMES.containsKey(name)) {
        out.add(TYPE_NAMES.get(name));
      } else {
        throw new ApiException(422, "types: unknown context type " + v);
      }
    }
    return out;
  }

  private static String id(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new ApiException(422, field + ": must be a non-empty string or null");
    }
    return v.asText();
  }

  private static void checkEnum(JsonNode body, String field, List<String> allowed) {
    JsonNode v = body.get(field);
    if (v != null && !v.isNull() && !(v.isTextual() && allowed.contains(v.asText()))) {
      throw new ApiException(422, field + ": " + v + " is not one of " + allowed);
    }
  }
}
