package dev.synap.preflight.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetch envelope, limits, type filters and ranking. */
class FetchTest {
  private StandinServer server;
  private Api api;

  @BeforeEach
  void start() throws Exception {
    server = StandinServer.start(StandinOptions.builder().apiKey(Api.KEY).seed(3).build());
    api = Api.of(server);
    List<Map<String, Object>> docs = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      docs.add(Docs.doc("n" + i, "Note number " + i + " about gardening.", "u1", null));
    }
    docs.add(Docs.doc("pref", "I love green tea. I hate coffee.", "u1", null));
    docs.add(Docs.doc("date", "The wedding is on 2026-06-01.", "u1", null));
    docs.add(Docs.doc("feel", "I feel anxious about the exam.", "u1", null));
    docs.add(Docs.doc("ep", "Yesterday we visited the museum.", "u1", null));
    api.post("/api/v1/memories/batch", Docs.batch(docs.subList(0, 60)));
    api.post("/api/v1/memories/batch", Docs.batch(docs.subList(60, docs.size())));
    assertThat(server.awaitIdle(Duration.ofSeconds(10))).isTrue();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private JsonNode fetch(Map<String, Object> body) throws Exception {
    Api.Response r = api.post("/v1/context/user/fetch", body);
    assertThat(r.status()).isEqualTo(200);
    return r.body();
  }

  @Test
  void envelopeHasAllFiveListsAndTtl() throws Exception {
    JsonNode body = fetch(Docs.userFetch("nobody", null, "gardening"));
    assertThat(body.get("context").fieldNames())
        .toIterable()
        .containsExactly("facts", "preferences", "episodes", "emotions", "temporal_events");
    assertThat(body.get("ttl_seconds").asInt()).isEqualTo(300);
    Map<String, Object> client = Docs.userFetch(null, null, "x");
    client.remove("user_id");
    client.remove("customer_id");
    assertThat(api.post("/v1/context/client/fetch", client).body().get("ttl_seconds").asInt())
        .isEqualTo(1800);
  }

  @Test
  void maxResultsDefaultsToTenAndIsCappedAtFifty() throws Exception {
    Map<String, Object> body = Docs.userFetch("u1", null, "gardening");
    body.remove("max_results");
    assertThat(fetch(body).get("context").get("facts")).hasSize(10);
    body.put("max_results", 50);
    assertThat(fetch(body).get("context").get("facts")).hasSize(50);
    body.put("max_results", 51);
    Api.Response over = api.post("/v1/context/user/fetch", body);
    assertThat(over.status()).isEqualTo(400);
    assertThat(over.body().get("details").get("max_results").asInt()).isEqualTo(50);
    body.put("max_results", 0);
    assertThat(api.post("/v1/context/user/fetch", body).status()).isEqualTo(422);
  }

  @Test
  void itemsLandInTheListOfTheirTypeWithTheKeysTheSdkReads() throws Exception {
    Map<String, Object> body = Docs.userFetch("u1", null, null);
    body.put("max_results", 50);
    body.put("types", List.of("preference", "temporal_events", "emotions", "episode"));
    JsonNode context = fetch(body).get("context");
    assertThat(context.get("facts")).isEmpty();
    assertThat(context.get("preferences")).hasSize(2);
    JsonNode pref = context.get("preferences").get(0);
    assertThat(pref.has("strength")).isTrue();
    assertThat(pref.has("category")).isTrue();
    JsonNode event = context.get("temporal_events").get(0);
    assertThat(event.get("event_date").asText()).startsWith("2026-06-01");
    JsonNode emotion = context.get("emotions").get(0);
    assertThat(emotion.get("emotion_type").asText()).isEqualTo("anxious");
    assertThat(emotion.get("context").asText()).contains("exam");
    JsonNode episode = context.get("episodes").get(0);
    assertThat(episode.get("summary").asText()).contains("museum");
    assertThat(episode.get("participants").isArray()).isTrue();
    assertThat(episode.get("metadata")).isEmpty();
  }

  @Test
  void itemIdsAreMemoryIdsButItemsNameNoSourceDocument() throws Exception {
    JsonNode fact =
        fetch(Docs.userFetch("u1", null, "number 7")).get("context").get("facts").get(0);
    assertThat(fact.get("content").asText()).isEqualTo("Note number 7 about gardening.");
    assertThat(fact.toString()).doesNotContain("n7");
    JsonNode memory = api.get("/api/v1/memories/" + fact.get("id").asText()).body();
    assertThat(memory.get("source_document_id").asText()).isEqualTo("n7");
  }

  @Test
  void rankingIsDeterministicAndMatchesTheQuery() throws Exception {
    Map<String, Object> body = Docs.userFetch("u1", null, "green tea");
    JsonNode first = fetch(body);
    JsonNode second = fetch(body);
    assertThat(first).isEqualTo(second);
    assertThat(first.get("context").get("preferences").get(0).get("content").asText())
        .isEqualTo("I love green tea.");
    body.put("search_query", "green tea");
    assertThat(fetch(body)).isEqualTo(first);
  }

  @Test
  void invalidFetchesAreRejected() throws Exception {
    Map<String, Object> body = Docs.userFetch("u1", null, "x");
    body.put("mode", "slow");
    assertThat(api.post("/v1/context/user/fetch", body).status()).isEqualTo(422);
    body = Docs.userFetch("u1", null, "x");
    body.put("types", List.of("memes"));
    assertThat(api.post("/v1/context/user/fetch", body).status()).isEqualTo(422);
    body = Docs.userFetch(null, null, "x");
    assertThat(api.post("/v1/context/user/fetch", body).status()).isEqualTo(422);
    assertThat(api.post("/v1/context/customer/fetch", Map.of("search_query", "x")).status())
        .isEqualTo(422);
    Map<String, Object> summary = Docs.userFetch("u1", null, "x");
    summary.remove("user_id");
    summary.put("customer_id", "c");
    summary.put("context_mode", "conversation-summary");
    assertThat(api.post("/v1/context/customer/fetch", summary).status()).isEqualTo(422);
    assertThat(
            api.post("/v1/context/conversation/fetch", Map.of("conversation_id", "not-a-uuid"))
                .status())
        .isEqualTo(400);
  }
}
