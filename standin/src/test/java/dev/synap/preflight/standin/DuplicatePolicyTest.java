package dev.synap.preflight.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The three readings of synap-api.md §2.7 for a re-used document_id. */
class DuplicatePolicyTest {
  private StandinServer server;
  private Api api;

  @BeforeEach
  void start() throws Exception {
    server = StandinServer.start(StandinOptions.builder().apiKey(Api.KEY).build());
    api = Api.of(server);
    assertThat(
            api.post("/api/v1/memories/create", Docs.doc("dup", "Old text.", "u1", null)).status())
        .isEqualTo(200);
    server.awaitIdle(Duration.ofSeconds(10));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private List<String> contents() throws Exception {
    JsonNode facts =
        api.post("/v1/context/user/fetch", Docs.userFetch("u1", null, "text"))
            .body()
            .get("context")
            .get("facts");
    List<String> out = new ArrayList<>();
    facts.forEach(f -> out.add(f.get("content").asText()));
    return out;
  }

  @Test
  void conflictIs409OnCreateAndAPerItemFailureInABatch() throws Exception {
    Api.Response create =
        api.post("/api/v1/memories/create", Docs.doc("dup", "New text.", "u1", null));
    assertThat(create.status()).isEqualTo(409);
    assertThat(create.body().get("code").asText()).isEqualTo("CONFLICT");
    assertThat(create.body().get("details").get("document_id").asText()).isEqualTo("dup");
    JsonNode batch =
        api.post(
                "/api/v1/memories/batch",
                Docs.batch(
                    List.of(
                        Docs.doc("fresh", "Fresh text.", "u1", null),
                        Docs.doc("dup", "New text.", "u1", null))))
            .body();
    assertThat(batch.get("results").get(0).get("status").asText()).isEqualTo("queued");
    assertThat(batch.get("results").get(1).get("status").asText()).isEqualTo("failed");
    assertThat(batch.get("results").get(1).get("error_message").asText()).contains("duplicate");
    server.awaitIdle(Duration.ofSeconds(10));
    assertThat(contents()).containsExactlyInAnyOrder("Old text.", "Fresh text.");
  }

  @Test
  void itemFailedAnswers200WithAFailedResultEvenForASingleCreate() throws Exception {
    server.faults().duplicatePolicy(DuplicatePolicy.ITEM_FAILED);
    Api.Response create =
        api.post("/api/v1/memories/create", Docs.doc("dup", "New text.", "u1", null));
    assertThat(create.status()).isEqualTo(200);
    assertThat(create.body().get("status").asText()).isEqualTo("failed");
    String id = create.body().get("ingestion_id").asText();
    assertThat(api.get("/api/v1/memories/status/" + id).body().get("status").asText())
        .isEqualTo("failed");
    server.awaitIdle(Duration.ofSeconds(10));
    assertThat(contents()).containsExactly("Old text.");
  }

  @Test
  void upsertReplacesTheDocumentsMemories() throws Exception {
    server.faults().duplicatePolicy(DuplicatePolicy.UPSERT);
    Api.Response create =
        api.post("/api/v1/memories/create", Docs.doc("dup", "New text.", "u1", null));
    assertThat(create.status()).isEqualTo(200);
    assertThat(create.body().get("status").asText()).isEqualTo("queued");
    server.awaitIdle(Duration.ofSeconds(10));
    assertThat(contents()).containsExactly("New text.");
  }

  @Test
  void upsertReplacesOnlyThatDocumentsMemoriesAgainAndAgain() throws Exception {
    server.faults().duplicatePolicy(DuplicatePolicy.UPSERT);
    api.post("/api/v1/memories/create", Docs.doc("other", "Other text.", "u1", null));
    for (int i = 1; i <= 3; i++) {
      Api.Response upsert =
          api.post(
              "/api/v1/memories/create", Docs.doc("dup", "Version " + i + " text.", "u1", null));
      assertThat(upsert.status()).isEqualTo(200);
      server.awaitIdle(Duration.ofSeconds(10));
      assertThat(contents()).containsExactlyInAnyOrder("Version " + i + " text.", "Other text.");
    }
  }

  @Test
  void aDocumentWhoseIngestionFailedMayBeSentAgain() throws Exception {
    server.faults().dropRate(1.0);
    api.post("/api/v1/memories/create", Docs.doc("retry", "Retry text.", "u1", null));
    server.awaitIdle(Duration.ofSeconds(10));
    server.faults().dropRate(0);
    assertThat(
            api.post("/api/v1/memories/create", Docs.doc("retry", "Retry text.", "u1", null))
                .status())
        .isEqualTo(200);
  }

  @Test
  void policyNamesParseTheCommandLineSpelling() {
    assertThat(DuplicatePolicy.parse("item-failed")).isEqualTo(DuplicatePolicy.ITEM_FAILED);
    assertThat(DuplicatePolicy.parse("UPSERT")).isEqualTo(DuplicatePolicy.UPSERT);
    assertThat(DuplicatePolicy.CONFLICT.id()).isEqualTo("conflict");
    assertThatThrownBy(() -> DuplicatePolicy.parse("ignore"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item-failed");
  }
}
