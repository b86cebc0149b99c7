package dev.synap.preflight.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a state directory, close() + start() loses nothing that was acknowledged. */
class RestartDurabilityTest {
  @TempDir Path dir;

  private StandinServer start(Duration delay) throws IOException {
    return StandinServer.start(
        StandinOptions.builder()
            .apiKey(Api.KEY)
            .stateDir(dir)
            .seed(9)
            .ingestionDelay(delay)
            .build());
  }

  @Test
  void completedMemoriesDeletesAndIdsSurviveARestart() throws Exception {
    List<String> memoryIds = new ArrayList<>();
    String deleted;
    String ingestionId;
    try (StandinServer s = start(Duration.ofMillis(5))) {
      Api api = Api.of(s);
      ingestionId =
          api.post("/api/v1/memories/create", Docs.doc("a", "One. Two. Three.", "u1", null))
              .body()
              .get("ingestion_id")
              .asText();
      s.awaitIdle(Duration.ofSeconds(10));
      api.get("/api/v1/memories/status/" + ingestionId)
          .body()
          .get("memory_ids")
          .forEach(id -> memoryIds.add(id.asText()));
      deleted = memoryIds.get(1);
      assertThat(api.delete("/api/v1/memories/" + deleted).status()).isEqualTo(200);
    }
    try (StandinServer s = start(Duration.ofMillis(5))) {
      Api api = Api.of(s);
      JsonNode status = api.get("/api/v1/memories/status/" + ingestionId).body();
      assertThat(status.get("status").asText()).isEqualTo("completed");
      assertThat(api.get("/api/v1/memories/" + memoryIds.get(0)).body().get("content").asText())
          .isEqualTo("One.");
      assertThat(api.get("/api/v1/memories/" + deleted).status()).isEqualTo(404);
      assertThat(api.post("/api/v1/memories/create", Docs.doc("a", "Again.", "u1", null)).status())
          .isEqualTo(409);
      String next =
          api.post("/api/v1/memories/create", Docs.doc("b", "Four.", "u1", null))
              .body()
              .get("ingestion_id")
              .asText();
      s.awaitIdle(Duration.ofSeconds(10));
      Set<String> all = new HashSet<>(memoryIds);
      all.add(ingestionId);
      assertThat(all).doesNotContain(next);
      String newMemory =
          api.get("/api/v1/memories/status/" + next).body().get("memory_ids").get(0).asText();
      assertThat(all).doesNotContain(newMemory);
    }
  }

  @Test
  void ingestionsAcknowledgedBeforeCloseFinishAfterTheRestart() throws Exception {
    List<String> ids = new ArrayList<>();
    try (StandinServer s = start(Duration.ofSeconds(30))) {
      JsonNode batch =
          Api.of(s)
              .post(
                  "/api/v1/memories/batch",
                  Docs.batch(
                      List.of(
                          Docs.doc("p1", "Pending one.", "u1", null),
                          Docs.doc("p2", "Pending two.", "u1", null))))
              .body();
      batch.get("results").forEach(r -> ids.add(r.get("ingestion_id").asText()));
      assertThat(
              Api.of(s).get("/api/v1/memories/status/" + ids.get(0)).body().get("status").asText())
          .isEqualTo("queued");
    }
    try (StandinServer s = start(Duration.ofMillis(5))) {
      assertThat(s.awaitIdle(Duration.ofSeconds(10))).isTrue();
      for (String id : ids) {
        JsonNode st = Api.of(s).get("/api/v1/memories/status/" + id).body();
        assertThat(st.get("status").asText()).isEqualTo("completed");
        assertThat(st.get("memories_created").asInt()).isEqualTo(1);
      }
      JsonNode facts =
          Api.of(s)
              .post("/v1/context/user/fetch", Docs.userFetch("u1", null, "pending"))
              .body()
              .get("context")
              .get("facts");
      assertThat(facts).hasSize(2);
    }
  }

  @Test
  void aTornLastLineWasNeverAcknowledgedAndIsDropped() throws Exception {
    String id;
    try (StandinServer s = start(Duration.ofMillis(5))) {
      id =
          Api.of(s)
              .post("/api/v1/memories/create", Docs.doc("a", "Kept.", null, null))
              .body()
              .get("ingestion_id")
              .asText();
      s.awaitIdle(Duration.ofSeconds(10));
    }
    Path log = dir.resolve("standin-events.jsonl");
    Files.writeString(
        log, "{\"type\":\"accepted\",\"se", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    try (StandinServer s = start(Duration.ofMillis(5))) {
      assertThat(Api.of(s).get("/api/v1/memories/status/" + id).body().get("status").asText())
          .isEqualTo("completed");
      assertThat(
              Api.of(s).post("/api/v1/memories/create", Docs.doc("b", "New.", null, null)).status())
          .isEqualTo(200);
    }
    assertThat(Files.readAllLines(log, StandardCharsets.UTF_8)).allMatch(l -> l.endsWith("}"));
  }

  @Test
  void aCorruptCompleteLineStopsTheStart() throws Exception {
    Files.writeString(dir.resolve("standin-events.jsonl"), "not json\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> start(Duration.ofMillis(5)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 1");
  }

  @Test
  void theKeyIsNeverWrittenToTheStateDirectory() throws Exception {
    try (StandinServer s = start(Duration.ofMillis(5))) {
      Api.of(s).post("/api/v1/memories/create", Map.of("document", "Some text."));
      s.awaitIdle(Duration.ofSeconds(10));
    }
    assertThat(Files.readString(dir.resolve("standin-events.jsonl"), StandardCharsets.UTF_8))
        .doesNotContain(Api.KEY)
        .contains("Some text.");
  }
}
