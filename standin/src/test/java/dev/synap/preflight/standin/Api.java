package dev.synap.preflight.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A tiny JDK HttpClient wrapper for the tests; shares nothing with the synap client module. */
final class Api {
  static final String KEY = "synap_test_key_123";
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;
  private final String key;

  Api(URI base, String key) {
    this.base = base;
    this.key = key;
  }

  static Api of(StandinServer server) {
    return new Api(server.baseUri(), KEY);
  }

  Api withKey(String otherKey) {
    return new Api(base, otherKey);
  }

  /** A response with its parsed body. */
  record Response(int status, JsonNode body, HttpResponse<String> raw) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Response get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  Response delete(String path) throws IOException, InterruptedException {
    return send(request(path).DELETE());
  }

  Response post(String path, String json) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  Response post(String path, Object body) throws IOException, InterruptedException {
    return post(path, JSON.writeValueAsString(body));
  }

  Response send(HttpRequest.Builder builder) throws IOException, InterruptedException {
    HttpResponse<String> r =
        CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode body = r.body().isEmpty() ? null : JSON.readTree(r.body());
    return new Response(r.statusCode(), body, r);
  }

  HttpRequest.Builder request(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return b;
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
