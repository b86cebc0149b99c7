package dev.synap.preflight.synap.wire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One document to ingest ({@code POST /api/v1/memories/create}, or an element of a batch).
 * Serialised like the SDK's pydantic dump: all eight keys always present, {@code null} when unset.
 * A null {@code documentType}, {@code mode} or {@code metadata} takes the SDK default ({@value
 * #DEFAULT_DOCUMENT_TYPE}, {@value #DEFAULT_MODE}, {@code {}}).
 *
 * @param document the document text (required, non-null)
 * @param documentType one of Synap's document types
 * @param documentId client id for deduplication; a request is retried only when it has one
 * @param documentCreatedAt original creation time ("DCT"), or null for ingestion time
 * @param userId external user id, or null
 * @param customerId external customer id, or null
 * @param mode {@code long-range} or {@code fast}
 * @param metadata free-form JSON object (never null after construction)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
  "document",
  "document_type",
  "document_id",
  "document_created_at",
  "user_id",
  "customer_id",
  "mode",
  "metadata"
})
public record CreateMemoryRequest(
    String document,
    String documentType,
    String documentId,
    OffsetDateTime documentCreatedAt,
    String userId,
    String customerId,
    String mode,
    JsonNode metadata) {

  /** The SDK's default document type. */
  public static final String DEFAULT_DOCUMENT_TYPE = "ai-chat-conversation";

  /** The SDK's default ingest mode. */
  public static final String DEFAULT_MODE = "long-range";

  /** Applies the SDK defaults and checks that document and metadata are usable. */
  public CreateMemoryRequest {
    Objects.requireNonNull(document, "document");
    documentType = documentType == null ? DEFAULT_DOCUMENT_TYPE : documentType;
    mode = mode == null ? DEFAULT_MODE : mode;
    metadata =
        metadata == null || metadata.isNull() ? JsonNodeFactory.instance.objectNode() : metadata;
    if (!metadata.isObject()) {
      throw new IllegalArgumentException("metadata must be a JSON object");
    }
  }

  /** A document with only text and an id; every other field takes its default. */
  public static CreateMemoryRequest of(String documentId, String document) {
    return new CreateMemoryRequest(document, null, documentId, null, null, null, null, null);
  }

  /** True when a resend cannot create a second copy: the document carries a non-blank id. */
  @JsonIgnore
  public boolean isIdempotent() {
    return documentId != null && !documentId.isBlank();
  }
}
