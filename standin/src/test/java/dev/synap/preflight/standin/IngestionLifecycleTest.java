package dev.synap.preflight.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IngestionLifecycleTest {
  private StandinServer server;
  private Api api;

  @BeforeEach
  void start() throws Exception {
    server =
        StandinServer.start(
            StandinOptions.builder()
                .apiKey(Api.KEY)
                .ingestionDelay(Duration.ofMillis(300))
                .build());
    api = Api.of(server);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void createIsQueuedThenCompletesWithOneMemoryPerSentence() throws Exception {
    Api.Response created =
        api.post(
            "/api/v1/memories/create",
            Docs.doc(
                "doc-1", "Alice lives in Paris. She works as a nurse! Is it raining?", "u1", null));
    assertThat(created.status()).isEqualTo(200);
    String ingestionId = created.body().get("ingestion_id").asText();
    assertThat(UUID.fromString(ingestionId)).isNotNull();
    assertThat(created.body().get("status").asText()).isEqualTo("queued");
    assertThat(created.body().get("document_id").asText()).isEqualTo("doc-1");

    JsonNode early = api.get("/api/v1/memories/status/" + ingestionId).body();
    assertThat(early.get("status").asText()).isIn("queued", "processing");
    assertThat(early.get("memory_ids")).isEmpty();

    assertThat(server.awaitIdle(Duration.ofSeconds(10))).isTrue();
    JsonNode done = api.get("/api/v1/memories/status/" + ingestionId).body();
    assertThat(done.get("status").asText()).isEqualTo("completed");
    assertThat(done.get("memories_created").asInt()).isEqualTo(3);
    assertThat(done.get("started_at").isTextual()).isTrue();
    assertThat(done.get("completed_at").isTextual()).isTrue();

    List<String> contents = new ArrayList<>();
    for (JsonNode id : done.get("memory_ids")) {
      JsonNode memory = api.get("/api/v1/memories/" + id.asText()).body();
      assertThat(memory.get("memory_id").asText()).isEqualTo(id.asText());
      assertThat(memory.get("source_document_id").asText()).isEqualTo("doc-1");
      contents.add(memory.get("content").asText());
    }
    assertThat(contents)
        .containsExactly("Alice lives in Paris.", "She works as a nurse!", "Is it raining?");
  }

  @Test
  void chatTranscriptsGiveOneMemoryPerTurn() throws Exception {
    Map<String, Object> doc =
        Docs.doc(
            "chat-1", "User: I love hiking.\nIt clears my head.\nAssistant: Noted!", "u1", null);
    doc.put("document_type", "ai-chat-conversation");
    String id = api.post("/api/v1/memories/create", doc).body().get("ingestion_id").asText();
    server.awaitIdle(Duration.ofSeconds(10));
    JsonNode status = api.get("/api/v1/memories/status/" + id).body();
    assertThat(status.get("memories_created").asInt()).isEqualTo(2);
    String first = status.get("memory_ids").get(0).asText();
    JsonNode memory = api.get("/api/v1/memories/" + first).body();
    assertThat(memory.get("content").asText()).isEqualTo("User: I love hiking. It clears my head.");
    assertThat(memory.get("memory_type").asText()).isEqualTo("preference");
  }

  @Test
  void memoriesAreRetrievableOnlyAfterCompletion() throws Exception {
    api.post("/api/v1/memories/create", Docs.doc("d", "Bob owns a red bicycle.", "u1", null));
    JsonNode before =
        api.post("/v1/context/user/fetch", Docs.userFetch("u1", null, "bicycle")).body();
    assertThat(before.get("context").get("facts")).isEmpty();
    server.awaitIdle(Duration.ofSeconds(10));
    JsonNode after =
        api.post("/v1/context/user/fetch", Docs.userFetch("u1", null, "bicycle")).body();
    assertThat(after.get("context").get("facts")).hasSize(1);
  }

  @Test
  void batchResultsAreIndexAlignedAndInvalidItemsFailWithUuid() throws Exception {
    Map<String, Object> bad = Docs.doc("bad", null, "u1", null);
    Map<String, Object> badType = Docs.doc("bad-type", "x", "u1", null);
    badType.put("document_type", "note");
    Api.Response r =
        api.post(
            "/api/v1/memories/batch",
            Docs.batch(
                List.of(
                    Docs.doc("a", "First.", "u1", null),
                    bad,
                    Docs.doc(null, "Third.", null, null),
                    badType)));
    assertThat(r.status()).isEqualTo(200);
    JsonNode body = r.body();
    assertThat(UUID.fromString(body.get("batch_id").asText())).isNotNull();
    assertThat(body.get("total").asInt()).isEqualTo(4);
    assertThat(body.get("succeeded").asInt()).isEqualTo(2);
    assertThat(body.get("failed").asInt()).isEqualTo(2);
    JsonNode results = body.get("results");
    assertThat(results.get(0).get("document_id").asText()).isEqualTo("a");
    assertThat(results.get(1).get("status").asText()).isEqualTo("failed");
    assertThat(results.get(1).get("document_id").asText()).isEqualTo("bad");
    assertThat(results.get(1).get("error_message").asText()).contains("document");
    assertThat(results.get(2).get("document_id").asText()).isNotBlank();
    assertThat(results.get(3).get("error_message").asText()).contains("document_type");
    for (JsonNode item : results) {
      assertThat(UUID.fromString(item.get("ingestion_id").asText())).isNotNull();
      assertThat(item.get("queued_at").asText()).endsWith("+00:00");
    }
  }

  @Test
  void batchesOverOneHundredAreRejected() throws Exception {
    List<Map<String, Object>> docs = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      docs.add(Docs.doc("d" + i, "Text " + i + ".", null, null));
    }
    Api.Response r = api.post("/api/v1/memories/batch", Docs.batch(docs));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().get("detail").asText()).contains("maximum size");
    assertThat(api.post("/api/v1/memories/batch", Docs.batch(docs.subList(0, 100))).status())
        .isEqualTo(200);
  }

  @Test
  void failFastRejectsTheWholeBatch() throws Exception {
    Map<String, Object> batch =
        Docs.batch(List.of(Docs.doc("ok", "Fine.", null, null), Docs.doc("bad", null, null, null)));
    batch.put("fail_fast", true);
    Api.Response r = api.post("/api/v1/memories/batch", batch);
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.body().get("details").get("index").asInt()).isEqualTo(1);
    server.awaitIdle(Duration.ofSeconds(5));
    assertThat(api.post("/api/v1/memories/create", Docs.doc("ok", "Again.", null, null)).status())
        .isEqualTo(200);
  }

  @Test
  void invalidBodiesGet400Or422() throws Exception {
    assertThat(api.post("/api/v1/memories/create", "{not json").status()).isEqualTo(400);
    assertThat(api.post("/api/v1/memories/create", "{}").status()).isEqualTo(422);
    Map<String, Object> badMode = Docs.doc("m", "x", null, null);
    badMode.put("mode", "slow");
    assertThat(api.post("/api/v1/memories/create", badMode).status()).isEqualTo(422);
    Map<String, Object> badMeta = Docs.doc("m", "x", null, null);
    badMeta.put("metadata", List.of(1));
    assertThat(api.post("/api/v1/memories/create", badMeta).status()).isEqualTo(422);
    assertThat(api.post("/api/v1/memories/batch", "{\"documents\": []}").status()).isEqualTo(400);
  }

  @Test
  void unknownIdsAre404AndDeleteIsPermanent() throws Exception {
    assertThat(api.get("/api/v1/memories/status/" + UUID.randomUUID()).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/memories/" + UUID.randomUUID()).status()).isEqualTo(404);
    String id =
        api.post("/api/v1/memories/create", Docs.doc("x", "One fact.", "u1", null))
            .body()
            .get("ingestion_id")
            .asText();
    server.awaitIdle(Duration.ofSeconds(10));
    String memoryId =
        api.get("/api/v1/memories/status/" + id).body().get("memory_ids").get(0).asText();
    Api.Response deleted = api.delete("/api/v1/memories/" + memoryId);
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.body().get("memory_id").asText()).isEqualTo(memoryId);
    assertThat(deleted.body().get("deleted_at").asText()).endsWith("+00:00");
    assertThat(api.get("/api/v1/memories/" + memoryId).status()).isEqualTo(404);
    assertThat(api.delete("/api/v1/memories/" + memoryId).status()).isEqualTo(404);
    JsonNode fetched =
        api.post("/v1/context/user/fetch", Docs.userFetch("u1", null, "fact")).body();
    assertThat(fetched.get("context").get("facts")).isEmpty();
  }
}
