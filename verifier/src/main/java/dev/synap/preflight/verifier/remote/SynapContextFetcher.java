package dev.synap.preflight.verifier.remote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.synap.SynapClient;
import dev.synap.preflight.synap.wire.ClientContextRequest;
import dev.synap.preflight.synap.wire.ContextItem;
import dev.synap.preflight.synap.wire.ContextLists;
import dev.synap.preflight.synap.wire.ContextResponse;
import dev.synap.preflight.synap.wire.CustomerContextRequest;
import dev.synap.preflight.synap.wire.UserContextRequest;
import dev.synap.preflight.verifier.replay.ContextFetcher;
import dev.synap.preflight.verifier.replay.FetchedItem;
import dev.synap.preflight.verifier.scope.QueryScope;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a query on the fetch route of its scope: {@code /v1/context/user/fetch} with the user
 * (and customer) id, {@code customer/fetch} with the customer id, {@code client/fetch} with none.
 * The answer's lists are flattened in a fixed order (facts, preferences, episodes, emotions,
 * temporal events), each item keeping the name of its list. Thread-safe as the client is.
 */
public final class SynapContextFetcher implements ContextFetcher {
  private final SynapClient client;

  public SynapContextFetcher(SynapClient client) {
    this.client = client;
  }

  @Override
  public List<FetchedItem> fetch(QueryScope scope, String query, int maxResults) {
    List<String> search = List.of(query);
    ContextResponse response =
        switch (scope.level()) {
          case USER ->
              client.fetchUser(
                  UserContextRequest.of(scope.userId(), scope.customerId(), search, maxResults));
          case CUSTOMER ->
              client.fetchCustomer(
                  CustomerContextRequest.of(scope.customerId(), search, maxResults));
          case CLIENT -> client.fetchClient(ClientContextRequest.of(search, maxResults));
          case REJECTED ->
              throw new IllegalArgumentException("no fetch route for a rejected scope");
        };
    return flatten(response.context());
  }

  /** The items of every list, in the fixed list order. */
  static List<FetchedItem> flatten(ContextLists lists) {
    List<FetchedItem> out = new ArrayList<>(lists.size());
    add(out, "facts", lists.facts());
    add(out, "preferences", lists.preferences());
    add(out, "episodes", lists.episodes());
    add(out, "emotions", lists.emotions());
    add(out, "temporal_events", lists.temporalEvents());
    return out;
  }

  private static void add(List<FetchedItem> out, String type, List<ContextItem> items) {
    for (ContextItem i : items) {
      out.add(new FetchedItem(i.id(), type, i.text(), i.score(), metadata(i.metadata())));
    }
  }

  /** An object's fields as text: strings as they are, anything else as compact JSON. */
  static Map<String, String> metadata(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null || !node.isObject()) {
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      out.put(e.getKey(), v.isTextual() ? v.asText() : v.toString());
    }
    return out;
  }
}
