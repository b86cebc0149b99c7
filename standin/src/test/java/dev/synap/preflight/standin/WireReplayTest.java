package dev.synap.preflight.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.config.Instance;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays request and response bodies written down from synap-api.md (the SDK's shapes, see {@code
 * src/test/resources/wire/}) against the stand-in, step by step.
 */
class WireReplayTest {

  @ParameterizedTest
  @ValueSource(strings = {"b2c-lifecycle.json", "b2b-scopes.json", "batch-and-errors.json"})
  void theStandinSpeaksTheWireFormat(String scenario) throws Exception {
    JsonNode script = load(scenario);
    Instance instance = Instance.parse(script.get("instance").asText());
    WireMatcher matcher = new WireMatcher();
    try (StandinServer server =
        StandinServer.start(
            StandinOptions.builder().apiKey(Api.KEY).instance(instance).seed(1).build())) {
      for (JsonNode step : script.get("steps")) {
        if (step.path("await_idle").asBoolean()) {
          assertThat(server.awaitIdle(Duration.ofSeconds(10))).isTrue();
        }
        if (step.has("request")) {
          replay(server, step, matcher);
        }
      }
    }
  }

  private static void replay(StandinServer server, JsonNode step, WireMatcher matcher)
      throws IOException, InterruptedException {
    JsonNode request = step.get("request");
    Api api = Api.of(server);
    if (!request.path("auth").asBoolean(true)) {
      api = api.withKey(null);
    }
    HttpRequest.Builder b = api.request(matcher.substitute(request.get("path").asText()));
    String method = request.get("method").asText();
    if (request.has("body")) {
      String body = Api.JSON.writeValueAsString(matcher.substitute(request.get("body")));
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    Api.Response r = api.send(b);
    JsonNode expected = step.get("response");
    String name = step.get("name").asText();
    assertThat(r.status()).as(name + ": status").isEqualTo(expected.get("status").asInt());
    List<String> problems = matcher.compare(expected.get("body"), r.body());
    assertThat(problems).as(name + ": body " + r.body()).isEmpty();
    if (expected.has("headers")) {
      for (Map.Entry<String, JsonNode> h : iterable(expected.get("headers"))) {
        assertThat(r.header(h.getKey()))
            .as(name + ": header " + h.getKey())
            .matches(h.getValue().asText());
      }
    }
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    return node::fields;
  }

  private static JsonNode load(String name) throws IOException {
    try (InputStream in = WireReplayTest.class.getResourceAsStream("/wire/" + name)) {
      assertThat(in).as(name).isNotNull();
      return Api.JSON.readTree(in);
    }
  }
}
