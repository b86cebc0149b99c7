package dev.synap.preflight.synap.wire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Answer to a context fetch: {@code {"context": {facts, preferences, episodes, emotions,
 * temporal_events}, "conversation_context": {...}?, "ttl_seconds": 300?}}. Like the SDK's facade
 * parser, lists sent at the top level (no {@code context} wrapper) are read too.
 *
 * @param context the five item lists (never null)
 * @param conversationContext the conversation context object, or null
 * @param ttlSeconds how long the service says the answer may be cached, or null
 * @param correlationId a correlation id sent in the body, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContextResponse(
    ContextLists context, JsonNode conversationContext, Integer ttlSeconds, String correlationId) {

  /** Replaces a missing context with empty lists. */
  public ContextResponse {
    context = context == null ? ContextLists.EMPTY : context;
  }

  /** Every item, in list order. */
  public List<ContextItem> items() {
    return context.all();
  }

  @JsonCreator
  static ContextResponse fromWire(
      @JsonProperty("context") ContextLists context,
      @JsonProperty("facts") List<ContextItem> facts,
      @JsonProperty("preferences") List<ContextItem> preferences,
      @JsonProperty("episodes") List<ContextItem> episodes,
      @JsonProperty("emotions") List<ContextItem> emotions,
      @JsonProperty("temporal_events") List<ContextItem> temporalEvents,
      @JsonProperty("conversation_context") JsonNode conversationContext,
      @JsonProperty("ttl_seconds") Integer ttlSeconds,
      @JsonProperty("correlation_id") String correlationId) {
    ContextLists lists =
        context != null
            ? context
            : new ContextLists(facts, preferences, episodes, emotions, temporalEvents);
    return new ContextResponse(lists, conversationContext, ttlSeconds, correlationId);
  }
}
