package dev.synap.preflight.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.config.Instance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The USER → CUSTOMER → CLIENT chain of synap-api.md §5 on both instance kinds. */
class ScopeChainTest {
  private StandinServer server;
  private Api api;

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private void start(Instance instance) throws Exception {
    server =
        StandinServer.start(StandinOptions.builder().apiKey(Api.KEY).instance(instance).build());
    api = Api.of(server);
  }

  private void load(List<Map<String, Object>> docs) throws Exception {
    assertThat(api.post("/api/v1/memories/batch", Docs.batch(docs)).body().get("failed").asInt())
        .isZero();
    assertThat(server.awaitIdle(Duration.ofSeconds(10))).isTrue();
  }

  private List<String> fetch(String route, Map<String, Object> body) throws Exception {
    body.put("search_query", List.of("secret"));
    body.put("max_results", 50);
    Api.Response r = api.post("/v1/context/" + route + "/fetch", body);
    assertThat(r.status()).isEqualTo(200);
    List<String> contents = new ArrayList<>();
    for (JsonNode item : r.body().get("context").get("facts")) {
      contents.add(item.get("content").asText());
    }
    return contents;
  }

  private static Map<String, Object> ids(String userId, String customerId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("user_id", userId);
    m.put("customer_id", customerId);
    return m;
  }

  @Test
  void b2bUserSeesOwnUserItemsItsCustomerAndClientButNothingElse() throws Exception {
    start(Instance.B2B);
    load(
        List.of(
            Docs.doc("1", "Alice secret one.", "alice", "acme"),
            Docs.doc("2", "Bob secret two.", "bob", "acme"),
            Docs.doc("3", "Acme secret three.", null, "acme"),
            Docs.doc("4", "Globex secret four.", null, "globex"),
            Docs.doc("5", "Client secret five.", null, null)));
    assertThat(fetch("user", ids("alice", "acme")))
        .containsExactlyInAnyOrder(
            "Alice secret one.", "Acme secret three.", "Client secret five.");
    assertThat(fetch("customer", ids(null, "acme")))
        .containsExactlyInAnyOrder("Acme secret three.", "Client secret five.");
    assertThat(fetch("customer", ids(null, "globex")))
        .containsExactlyInAnyOrder("Globex secret four.", "Client secret five.");
    assertThat(fetch("client", ids(null, null))).containsExactly("Client secret five.");
  }

  @Test
  void b2bRejectsUserWithoutCustomerOnIngestAndFetch() throws Exception {
    start(Instance.B2B);
    Api.Response create =
        api.post("/api/v1/memories/create", Docs.doc("x", "Some text.", "alice", null));
    assertThat(create.status()).isEqualTo(400);
    assertThat(create.body().get("code").asText()).isEqualTo("INVALID_INPUT");
    JsonNode batch =
        api.post("/api/v1/memories/batch", Docs.batch(List.of(Docs.doc("x", "T.", "alice", null))))
            .body();
    assertThat(batch.get("results").get(0).get("status").asText()).isEqualTo("failed");
    assertThat(api.post("/v1/context/user/fetch", Docs.userFetch("alice", null, "x")).status())
        .isEqualTo(400);
  }

  @Test
  void b2cResolvesTheCustomerFromTheUser() throws Exception {
    start(Instance.B2C);
    load(
        List.of(
            Docs.doc("1", "Alice secret one.", "alice", null),
            Docs.doc("2", "Bob secret two.", null, "bob"),
            Docs.doc("3", "Client secret three.", null, null)));
    assertThat(fetch("user", ids("alice", null)))
        .containsExactlyInAnyOrder("Alice secret one.", "Client secret three.");
    assertThat(fetch("user", ids("bob", null)))
        .containsExactlyInAnyOrder("Bob secret two.", "Client secret three.");
    assertThat(fetch("customer", ids(null, "bob"))).containsExactly("Client secret three.");
    assertThat(fetch("client", ids(null, null))).containsExactly("Client secret three.");
  }

  @Test
  void userIdsAreNotNamespacedByCustomer() throws Exception {
    start(Instance.B2B);
    load(List.of(Docs.doc("1", "Sam secret at acme.", "sam", "acme")));
    assertThat(fetch("user", ids("sam", "globex"))).containsExactly("Sam secret at acme.");
  }

  @Test
  void withoutLeakFaultNoFetchReturnsAnInvisibleItem() throws Exception {
    start(Instance.B2B);
    List<Map<String, Object>> docs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      docs.add(Docs.doc("d" + i, "Note secret " + i + ".", "user" + (i % 5), "cust" + (i % 3)));
    }
    load(docs);
    assertThat(fetch("customer", ids(null, "cust1"))).isEmpty();
    assertThat(fetch("user", ids("user1", "cust1")))
        .containsExactlyInAnyOrder(
            "Note secret 1.",
            "Note secret 6.",
            "Note secret 11.",
            "Note secret 16.",
            "Note secret 21.",
            "Note secret 26.");
    assertThat(server.leaks()).isEmpty();
  }
}
