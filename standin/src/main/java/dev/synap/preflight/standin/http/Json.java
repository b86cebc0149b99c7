package dev.synap.preflight.standin.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The shared JSON mapper and the error body every failure uses. */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * The error body: {@code detail} for the SDK (FastAPI style), {@code error}, {@code code} and
   * {@code details} for the documented shape (synap-api.md §1.6).
   */
  public static ObjectNode error(
      int status, String message, java.util.Map<String, Object> details) {
    ObjectNode body = object();
    body.put("detail", message);
    body.put("error", message);
    body.put("code", ApiException.codeFor(status));
    body.set("details", MAPPER.valueToTree(details));
    return body;
  }

  /** A text field, null when absent or JSON null. */
  public static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
