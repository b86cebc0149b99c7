package dev.synap.preflight.standin.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.model.DocumentTypes;
import dev.synap.preflight.standin.store.ScopeKey;
import dev.synap.preflight.standin.store.Submission;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Validates one {@code CreateMemoryRequest} the way the service does: 422 for a body that does not
 * fit the model (missing {@code document}, wrong types, unknown enum values), 400 for the B2B scope
 * rule ({@code user_id} without {@code customer_id}). Unknown fields are ignored.
 */
final class DocumentParser {
  private final Instance instance;

  DocumentParser(Instance instance) {
    this.instance = instance;
  }

  /** Parses or throws the {@link ApiException} the service would answer with. */
  Submission parse(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw invalid("a document must be a JSON object");
    }
    String document = document(node.get("document"));
    String type = enumValue(node, "document_type", DocumentTypes.DEFAULT);
    if (!DocumentTypes.ACCEPTED.contains(type)) {
      throw invalid("document_type: '" + type + "' is not one of " + DocumentTypes.ACCEPTED);
    }
    String mode = enumValue(node, "mode", "long-range");
    if (!DocumentTypes.MODES.contains(mode)) {
      throw invalid("mode: '" + mode + "' is not one of " + DocumentTypes.MODES);
    }
    String createdAt = optionalId(node, "document_created_at");
    if (createdAt != null && !isTimestamp(createdAt)) {
      throw invalid("document_created_at: '" + createdAt + "' is not an ISO-8601 timestamp");
    }
    JsonNode metadata = node.get("metadata");
    if (metadata == null || metadata.isNull()) {
      metadata = Json.object();
    } else if (!metadata.isObject()) {
      throw invalid("metadata: must be a JSON object");
    }
    String userId = optionalId(node, "user_id");
    String customerId = optionalId(node, "customer_id");
    ScopeKey scope;
    try {
      scope = ScopeKey.derive(instance, userId, customerId);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, e.getMessage());
    }
    return new Submission(
        document,
        type,
        optionalId(node, "document_id"),
        createdAt,
        userId,
        customerId,
        mode,
        metadata,
        scope);
  }

  private static String document(JsonNode doc) {
    if (doc == null || doc.isNull()) {
      throw invalid("document: field required");
    }
    if (doc.isObject()) {
      return doc.toString();
    }
    if (!doc.isTextual()) {
      throw invalid("document: must be a string or a JSON object");
    }
    if (doc.asText().isBlank()) {
      throw invalid("document: must not be empty");
    }
    return doc.asText();
  }

  private static String enumValue(JsonNode node, String field, String fallback) {
    String value = optionalId(node, field);
    return value == null ? fallback : value;
  }

  private static String optionalId(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw invalid(field + ": must be a string or null");
    }
    if (v.asText().isBlank()) {
      throw invalid(field + ": must not be blank");
    }
    return v.asText();
  }

  private static boolean isTimestamp(String text) {
    for (int kind = 0; kind < 3; kind++) {
      try {
        switch (kind) {
          case 0 -> OffsetDateTime.parse(text);
          case 1 -> LocalDateTime.parse(text);
          default -> LocalDate.parse(text);
        }
        return true;
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return false;
  }

  private static ApiException invalid(String message) {
    return new ApiException(422, message);
  }
}
