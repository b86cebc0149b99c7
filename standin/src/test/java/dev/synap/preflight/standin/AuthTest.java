package dev.synap.preflight.standin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthTest {
  private StandinServer server;

  @BeforeEach
  void start() throws Exception {
    server = StandinServer.start(StandinOptions.builder().apiKey(Api.KEY).seed(7).build());
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void servesOnLoopbackOnly() {
    assertThat(server.baseUri().getHost()).isEqualTo("127.0.0.1");
    assertThat(server.baseUri().getPort()).isPositive();
  }

  @Test
  void missingKeyIs401WithTheErrorBody() throws Exception {
    Api.Response r = Api.of(server).withKey(null).get("/api/v1/auth/whoami");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.body().get("code").asText()).isEqualTo("UNAUTHORIZED");
    assertThat(r.body().get("detail").asText()).isEqualTo(r.body().get("error").asText());
    assertThat(r.body().get("details").isObject()).isTrue();
    assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
  }

  @Test
  void anyOtherKeyIs401AndIsNeverEchoed() throws Exception {
    String other = "synap_wrong_key_456";
    Api.Response r = Api.of(server).withKey(other).post("/api/v1/memories/create", "{}");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.raw().body()).doesNotContain(other).doesNotContain(Api.KEY);
    assertThat(Api.of(server).withKey(Api.KEY + "x").get("/api/v1/auth/whoami").status())
        .isEqualTo(401);
  }

  @Test
  void theConfiguredKeyIsAcceptedAndWhoamiNamesClientAndInstance() throws Exception {
    Api.Response r = Api.of(server).get("/api/v1/auth/whoami");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("client_id").asText()).matches("cli_[0-9a-f]{16}");
    assertThat(r.body().get("instance_id").asText()).matches("inst_[0-9a-f]{16}");
    assertThat(r.header("X-Correlation-Id")).isNotBlank();
  }

  @Test
  void healthNeedsNoKey() throws Exception {
    Api.Response r = Api.of(server).withKey(null).get("/health");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("status").asText()).isEqualTo("ok");
  }

  @Test
  void unknownPathsAre404AndWrongMethods405() throws Exception {
    Api api = Api.of(server);
    assertThat(api.get("/api/v2/nothing").status()).isEqualTo(404);
    Api.Response wrong = api.get("/api/v1/memories/batch");
    assertThat(wrong.status()).isEqualTo(405);
    assertThat(wrong.header("Allow")).isEqualTo("POST");
  }

  @Test
  void optionsNeverShowTheKey() {
    StandinOptions o = StandinOptions.builder().apiKey("synap_secret_value").build();
    assertThat(o.toString()).doesNotContain("synap_secret_value");
  }
}
