package dev.synap.preflight.standin.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One request and its response: method, path, body, correlation id and extra headers. */
@SuppressForbidden(reason = "jdk.httpserver is an exported JDK module; no server dependency")
final class HttpCall {
  static final int MAX_BODY = 32 * 1024 * 1024;

  private final HttpExchange exchange;
  private final String correlationId;
  private final Map<String, String> headers = new LinkedHashMap<>();

  HttpCall(HttpExchange exchange) {
    this.exchange = exchange;
    String given = exchange.getRequestHeaders().getFirst("X-Correlation-ID");
    this.correlationId =
        given != null && !given.isBlank() && given.length() <= 200
            ? given
            : "standin_" + UUID.randomUUID().toString().replace("-", "");
  }

  String method() {
    return exchange.getRequestMethod();
  }

  String path() {
    return exchange.getRequestURI().getPath();
  }

  String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  String correlationId() {
    return correlationId;
  }

  void header(String name, String value) {
    headers.put(name, value);
  }

  /** The body as JSON; 400 when it is not JSON, 413 when it is too large. */
  JsonNode jsonBody() throws IOException {
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readNBytes(MAX_BODY + 1);
    }
    if (bytes.length > MAX_BODY) {
      throw new ApiException(413, "request body larger than " + MAX_BODY + " bytes");
    }
    if (bytes.length == 0) {
      throw new ApiException(422, "request body is empty; a JSON object is required");
    }
    try {
      return Json.MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new ApiException(400, "request body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  void respond(int status, JsonNode body) throws IOException {
    byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("X-Correlation-Id", correlationId);
    headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  void respondError(ApiException e) throws IOException {
    respond(e.status(), Json.error(e.status(), e.getMessage(), e.details()));
  }
}
