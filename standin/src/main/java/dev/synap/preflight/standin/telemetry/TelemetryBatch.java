package dev.synap.preflight.standin.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Validates a telemetry batch as the SDK builds it: {@code {"events": [...], "sdk_version",
 * "batch_id", "created_at"}}, each event {@code {"event_type", "instance_id", "client_id",
 * "correlation_id"?, "timestamp", "latency_ms"?, "status", "error_code"?, "scope"?,
 * "cache_status"?, "attempt"?, "http_method"?, "http_path"?, "http_status_code"?, "metadata"}}
 * ({@code ?}: may be null). Returns the event counts per type; never keeps the body.
 */
public final class TelemetryBatch {
  /** The most events one batch may carry. */
  public static final int MAX_EVENTS = 10_000;

  private static final Set<String> TEXT = Set.of("event_type", "instance_id", "client_id");
  private static final Set<String> NULLABLE_TEXT =
      Set.of(
          "correlation_id",
          "error_code",
          "scope",
          "cache_status",
          "http_method",
          "http_path",
          "timestamp",
          "status");
  private static final Set<String> NULLABLE_INT =
      Set.of("latency_ms", "attempt", "http_status_code");

  private TelemetryBatch() {}

  /**
   * @return events per {@code event_type}
   * @throws IllegalArgumentException naming the first field that does not fit
   */
  public static Map<String, Long> count(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new IllegalArgumentException("body: a JSON object is required");
    }
    for (String f : new String[] {"sdk_version", "batch_id", "created_at"}) {
      if (!body.path(f).isTextual()) {
        throw new IllegalArgumentException(f + ": field required (a string)");
      }
    }
    JsonNode events = body.get("events");
    if (events == null || !events.isArray()) {
      throw new IllegalArgumentException("events: field required (a JSON array)");
    }
    if (events.size() > MAX_EVENTS) {
      throw new IllegalArgumentException(
          "events: " + events.size() + " events, more than " + MAX_EVENTS + " in one batch");
    }
    Map<String, Long> counts = new TreeMap<>();
    for (int i = 0; i < events.size(); i++) {
      JsonNode e = events.get(i);
      String at = "events[" + i + "]";
      if (!e.isObject()) {
        throw new IllegalArgumentException(at + ": an object is required");
      }
      for (String f : TEXT) {
        if (!e.path(f).isTextual() || e.get(f).asText().isEmpty()) {
          throw new IllegalArgumentException(at + "." + f + ": field required (a string)");
        }
      }
      for (String f : NULLABLE_TEXT) {
        if (e.has(f) && !e.get(f).isNull() && !e.get(f).isTextual()) {
          throw new IllegalArgumentException(at + "." + f + ": a string or null");
        }
      }
      for (String f : NULLABLE_INT) {
        if (e.has(f) && !e.get(f).isNull() && !e.get(f).canConvertToLong()) {
          throw new IllegalArgumentException(at + "." + f + ": an integer or null");
        }
      }
      if (e.has("metadata") && !e.get("metadata").isNull() && !e.get("metadata").isObject()) {
        throw new IllegalArgumentException(at + ".metadata: an object");
      }
      counts.merge(e.get("event_type").asText(), 1L, Long::sum);
    }
    return counts;
  }
}
