package dev.synap.preflight.standin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.Instance;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/telemetry/batch} takes the body Maximem's Python SDK 0.4.4 builds ({@code
 * telemetry/transport.py}: {@code events} of {@code TelemetryEvent}s, {@code sdk_version}, {@code
 * batch_id}, {@code created_at}; httpx's compact JSON, naive ISO timestamps): 200, counted, nothing
 * else kept. A body of another shape is 422 naming the field; no key is 401.
 */
class TelemetryTest {
  /** Exactly what the SDK's TelemetryTransport.send posts for a batch of three events. */
  static final String SDK_BODY =
      "{\"events\":["
          + "{\"event_type\":\"sdk_init\",\"instance_id\":\"inst_a1\",\"client_id\":\"cli_b2\","
          + "\"correlation_id\":null,\"timestamp\":\"2026-12-03T07:45:12.123456\","
          + "\"latency_ms\":null,\"status\":\"success\",\"error_code\":null,\"scope\":null,"
          + "\"cache_status\":null,\"attempt\":null,\"http_method\":null,\"http_path\":null,"
          + "\"http_status_code\":null,\"metadata\":{\"python_version\":\"3.12.1\"}},"
          + "{\"event_type\":\"fetch_user_context\",\"instance_id\":\"inst_a1\","
          + "\"client_id\":\"cli_b2\",\"correlation_id\":\"c0ffee\","
          + "\"timestamp\":\"2026-12-03T07:45:13.5\",\"latency_ms\":41,\"status\":\"success\","
          + "\"error_code\":null,\"scope\":\"user\",\"cache_status\":\"miss\",\"attempt\":1,"
          + "\"http_method\":\"POST\",\"http_path\":\"/v1/context/user/fetch\","
          + "\"http_status_code\":200,\"metadata\":{}},"
          + "{\"event_type\":\"http_request\",\"instance_id\":\"inst_a1\",\"client_id\":\"cli_b2\","
          + "\"correlation_id\":\"c0ffee\",\"timestamp\":\"2026-12-03T07:45:13.6\","
          + "\"latency_ms\":40,\"status\":\"error\",\"error_code\":\"timeout\",\"scope\":null,"
          + "\"cache_status\":null,\"attempt\":2,\"http_method\":\"POST\","
          + "\"http_path\":\"/api/v1/memories/batch\",\"http_status_code\":null,\"metadata\":{}}"
          + "],\"sdk_version\":\"0.4.4\",\"batch_id\":\"2f1c0d9e-3b7a-4c55-9a51-0e4f7c1d2b11\","
          + "\"created_at\":\"2026-12-03T07:45:14.000001\"}";

  private StandinServer server;
  private Api api;

  @BeforeEach
  void start() throws Exception {
    server =
        StandinServer.start(
            StandinOptions.builder().apiKey(Api.KEY).port(0).instance(Instance.B2C).build());
    api = Api.of(server);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void theSdksBatchIsAcceptedAndOnlyCounted() throws Exception {
    Api.Response r = api.post("/v1/telemetry/batch", SDK_BODY);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().path("events").asLong()).isEqualTo(3);
    r = api.post("/v1/telemetry/batch", SDK_BODY);
    assertThat(r.status()).isEqualTo(200);
    assertThat(server.telemetry().batches()).isEqualTo(2);
    assertThat(server.telemetry().events()).isEqualTo(6);
    assertThat(server.telemetry().eventsByType())
        .isEqualTo(Map.of("sdk_init", 2L, "fetch_user_context", 2L, "http_request", 2L));
  }

  @Test
  void anEmptyBatchIsFineAndOtherShapesAre422NamingTheField() throws Exception {
    assertThat(
            api.post(
                    "/v1/telemetry/batch",
                    "{\"events\":[],\"sdk_version\":\"0.4.4\",\"batch_id\":\"b\","
                        + "\"created_at\":\"2026-12-03T07:45:14\"}")
                .status())
        .isEqualTo(200);
    Map<String, String> bad =
        Map.of(
            "[]",
            "body",
            "{\"sdk_version\":\"0.4.4\",\"batch_id\":\"b\",\"created_at\":\"t\"}",
            "events",
            SDK_BODY.replace("\"latency_ms\":41", "\"latency_ms\":\"41\""),
            "events[1].latency_ms",
            SDK_BODY.replace("\"event_type\":\"sdk_init\",", ""),
            "events[0].event_type",
            SDK_BODY.replace("\"sdk_version\":\"0.4.4\"", "\"sdk_version\":4"),
            "sdk_version",
            SDK_BODY.replace("\"metadata\":{}}]", "\"metadata\":[]}]"),
            "events[2].metadata");
    for (Map.Entry<String, String> b : bad.entrySet()) {
      Api.Response r = api.post("/v1/telemetry/batch", b.getKey());
      assertThat(r.status()).as(b.getKey()).isEqualTo(422);
      assertThat(r.body().path("detail").asText()).as(b.getKey()).startsWith(b.getValue());
    }
    assertThat(server.telemetry().batches()).isEqualTo(1);
    assertThat(server.telemetry().events()).isZero();
  }

  @Test
  void telemetryNeedsTheKeyAndPost() throws Exception {
    assertThat(api.withKey(null).post("/v1/telemetry/batch", SDK_BODY).status()).isEqualTo(401);
    assertThat(api.get("/v1/telemetry/batch").status()).isEqualTo(405);
    assertThat(server.telemetry().batches()).isZero();
  }
}
