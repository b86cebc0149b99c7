package dev.synap.preflight.synap.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Body of {@code POST /v1/context/user/fetch}, serialised as the SDK sends it: {@code user_id},
 * {@code customer_id}, {@code conversation_id} and {@code search_query} are always present (null
 * when unset). {@code precision_level} and {@code include_conversation_context} appear only when
 * they differ from the defaults ({@code high}, {@code true}).
 *
 * @param userId the user whose context is fetched (required)
 * @param customerId the user's customer (required on B2B instances), or null
 * @param conversationId a conversation UUID, or null
 * @param searchQuery queries (merged by the service), or null for the most recent items
 * @param maxResults items wanted (service maximum 50; default 10)
 * @param types item types, default {@code ["all"]}
 * @param mode {@code fast} (default) or {@code accurate}
 * @param precisionLevel {@code high} (default, not sent) or {@code medium}
 * @param includeConversationContext false to leave out conversation context (true is not sent)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
  "user_id",
  "customer_id",
  "conversation_id",
  "search_query",
  "max_results",
  "types",
  "mode"
})
public record UserContextRequest(
    String userId,
    String customerId,
    String conversationId,
    List<String> searchQuery,
    int maxResults,
    List<String> types,
    String mode,
    @JsonInclude(JsonInclude.Include.NON_NULL) String precisionLevel,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean includeConversationContext) {

  /** Applies the SDK defaults. */
  public UserContextRequest {
    searchQuery = FetchDefaults.query(searchQuery);
    maxResults = FetchDefaults.maxResults(maxResults);
    types = FetchDefaults.types(types);
    mode = FetchDefaults.mode(mode);
    precisionLevel = FetchDefaults.precision(precisionLevel);
    includeConversationContext = FetchDefaults.includeConversation(includeConversationContext);
  }

  /** A request with the default types, mode and precision. */
  public static UserContextRequest of(
      String userId, String customerId, List<String> searchQuery, int maxResults) {
    return new UserContextRequest(
        userId, customerId, null, searchQuery, maxResults, null, null, null, null);
  }
}
