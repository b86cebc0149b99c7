package dev.synap.preflight.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.config.Instance;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every switch of {@link Faults}, and that seeded faults repeat. */
class FaultsTest {
  private final List<StandinServer> servers = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (StandinServer s : servers) {
      s.close();
    }
  }

  private StandinServer start(StandinOptions.Builder options) throws Exception {
    StandinServer s = StandinServer.start(options.apiKey(Api.KEY).build());
    servers.add(s);
    return s;
  }

  private StandinServer start() throws Exception {
    return start(StandinOptions.builder().seed(11));
  }

  private static List<Map<String, Object>> docs(int n) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Docs.doc("d" + i, "Document " + i + " text.", "u" + (i % 4), null));
    }
    return out;
  }

  private static List<String> finalStatuses(StandinServer s, JsonNode batch) throws Exception {
    assertThat(s.awaitIdle(Duration.ofSeconds(10))).isTrue();
    List<String> out = new ArrayList<>();
    for (JsonNode r : batch.get("results")) {
      JsonNode st =
          Api.of(s).get("/api/v1/memories/status/" + r.get("ingestion_id").asText()).body();
      out.add(st.get("status").asText() + ":" + st.get("memories_created").asInt());
    }
    return out;
  }

  @Test
  void droppedDocumentsAreAcknowledgedButNeverYieldMemories() throws Exception {
    StandinServer s = start();
    s.faults().dropRate(1.0);
    Api.Response r =
        Api.of(s).post("/api/v1/memories/create", Docs.doc("x", "Lost text.", "u1", null));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("status").asText()).isEqualTo("queued");
    s.awaitIdle(Duration.ofSeconds(10));
    JsonNode st =
        Api.of(s).get("/api/v1/memories/status/" + r.body().get("ingestion_id").asText()).body();
    assertThat(st.get("status").asText()).isEqualTo("failed");
    assertThat(st.get("error_message").asText()).contains("dropped");
    assertThat(st.get("memory_ids")).isEmpty();

    s.faults().dropSilently(true);
    String id =
        Api.of(s)
            .post("/api/v1/memories/create", Docs.doc("y", "Also lost.", "u1", null))
            .body()
            .get("ingestion_id")
            .asText();
    s.awaitIdle(Duration.ofSeconds(10));
    st = Api.of(s).get("/api/v1/memories/status/" + id).body();
    assertThat(st.get("status").asText()).isEqualTo("completed");
    assertThat(st.get("memories_created").asInt()).isZero();
  }

  @Test
  void partialDropsRepeatForTheSameSeed() throws Exception {
    List<List<String>> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      StandinServer s = start();
      s.faults().dropRate(0.5);
      runs.add(
          finalStatuses(s, Api.of(s).post("/api/v1/memories/batch", Docs.batch(docs(40))).body()));
    }
    assertThat(runs.get(0)).isEqualTo(runs.get(1));
    assertThat(runs.get(0)).contains("failed:0", "completed:1");
  }

  @Test
  void leaksReturnAnItemOfAnotherScopeAndAreAudited() throws Exception {
    StandinServer s = start(StandinOptions.builder().seed(5).instance(Instance.B2B));
    Api api = Api.of(s);
    api.post(
        "/api/v1/memories/batch",
        Docs.batch(
            List.of(
                Docs.doc("mine", "Alice likes tea.", "alice", "acme"),
                Docs.doc("theirs", "Mallory likes tea too.", "mallory", "globex"))));
    s.awaitIdle(Duration.ofSeconds(10));
    s.faults().leakRate(1.0);
    Api.Response r = api.post("/v1/context/user/fetch", Docs.userFetch("alice", "acme", "tea"));
    List<String> ids = new ArrayList<>();
    r.body().get("context").get("preferences").forEach(i -> ids.add(i.get("id").asText()));
    assertThat(ids).hasSize(2);
    assertThat(s.leaks()).hasSize(1);
    LeakRecord leak = s.leaks().get(0);
    assertThat(leak.documentId()).isEqualTo("theirs");
    assertThat(leak.itemScope()).isEqualTo("USER(mallory, customer globex)");
    assertThat(leak.correlationId()).isEqualTo(r.header("X-Correlation-Id"));
    assertThat(ids).contains(leak.memoryId());
  }

  @Test
  void errorsAre503WithTheErrorBodyAndChangeNothing() throws Exception {
    StandinServer s = start();
    s.faults().errorRate(1.0);
    Api.Response r = Api.of(s).post("/api/v1/memories/create", Docs.doc("x", "Text.", "u1", null));
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.body().get("code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
    assertThat(Api.of(s).withKey(null).get("/health").status()).isEqualTo(200);
    s.faults().errorRate(0);
    assertThat(
            Api.of(s).post("/api/v1/memories/create", Docs.doc("x", "Text.", "u1", null)).status())
        .isEqualTo(200);
  }

  @Test
  void resetsCloseTheConnectionWithoutAResponse() throws Exception {
    StandinServer s = start();
    s.faults().resetRate(1.0);
    assertThatThrownBy(
            () -> Api.of(s).post("/api/v1/memories/create", Docs.doc("x", "T.", null, null)))
        .isInstanceOf(IOException.class);
    s.faults().resetRate(0);
    assertThat(Api.of(s).get("/api/v1/auth/whoami").status()).isEqualTo(200);
  }

  @Test
  void latencyDelaysAnswersPastAClientTimeout() throws Exception {
    StandinServer s = start();
    s.faults().latency(Duration.ofSeconds(5));
    Api api = Api.of(s);
    assertThatThrownBy(
            () ->
                api.send(api.request("/api/v1/auth/whoami").timeout(Duration.ofMillis(200)).GET()))
        .isInstanceOf(HttpTimeoutException.class);
    s.faults().latency(Duration.ZERO);
    assertThat(api.get("/api/v1/auth/whoami").status()).isEqualTo(200);
  }

  @Test
  void rateLimitAnswers429WithRetryAfterAndRateLimitHeaders() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:30Z"), ZoneOffset.UTC);
    StandinServer s = start(StandinOptions.builder().clock(clock));
    s.faults().rateLimitPerMinute(3);
    Api api = Api.of(s);
    for (int i = 2; i >= 0; i--) {
      Api.Response ok = api.get("/api/v1/auth/whoami");
      assertThat(ok.status()).isEqualTo(200);
      assertThat(ok.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(i));
    }
    assertThat(api.withKey(null).get("/health").status()).isEqualTo(200);
    Api.Response limited = api.get("/api/v1/auth/whoami");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("Retry-After")).isEqualTo("30");
    assertThat(limited.header("X-RateLimit-Limit")).isEqualTo("3");
    assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(limited.header("X-RateLimit-Reset"))
        .isEqualTo(Long.toString(Instant.parse("2026-11-24T10:01:00Z").getEpochSecond()));
    assertThat(limited.body().get("code").asText()).isEqualTo("RATE_LIMITED");
    s.faults().rateLimitPerMinute(0);
    assertThat(api.get("/api/v1/auth/whoami").status()).isEqualTo(200);
  }

  @Test
  void failNextForcesTheGivenStatusThatManyTimes() throws Exception {
    StandinServer s = start();
    s.faults().failNext(2, 500);
    Api api = Api.of(s);
    assertThat(api.get("/api/v1/auth/whoami").status()).isEqualTo(500);
    assertThat(api.get("/api/v1/auth/whoami").status()).isEqualTo(500);
    assertThat(api.get("/api/v1/auth/whoami").status()).isEqualTo(200);
    s.faults().failNext(1, 429);
    Api.Response limited = api.get("/api/v1/auth/whoami");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("Retry-After")).isEqualTo("1");
  }

  @Test
  void switchesRejectNonsense() {
    Faults f = new Faults();
    assertThatThrownBy(() -> f.dropRate(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> f.leakRate(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> f.failNext(1, 200)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> f.rateLimitPerMinute(-1)).isInstanceOf(IllegalArgumentException.class);
    f.errorRate(0.5).latency(Duration.ofMillis(3)).reset();
    assertThat(f.errorRate()).isZero();
    assertThat(f.latency()).isZero();
  }
}
