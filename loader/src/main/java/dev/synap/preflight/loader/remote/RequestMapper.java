package dev.synap.preflight.loader.remote;

import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.synap.wire.CreateMemoryRequest;
import dev.synap.preflight.synap.wire.WireTimestamps;
import java.time.OffsetDateTime;

/**
 * A mapped document as the request Synap's batch endpoint defines. A document that cannot be
 * expressed (no text, metadata that is not an object) is refused here, before sending, with a
 * message naming the field; only a load forced past the validator's gate gets that far.
 */
final class RequestMapper {

  private RequestMapper() {}

  /** The request, or a reason it cannot be built. */
  record Mapped(CreateMemoryRequest request, String refusal) {}

  static Mapped map(MemoryDocument d) {
    if (d.document() == null) {
      return new Mapped(null, "document: no text to send");
    }
    if (d.metadata() != null && !d.metadata().isNull() && !d.metadata().isObject()) {
      return new Mapped(null, "metadata: not a JSON object");
    }
    OffsetDateTime created = d.createdAt() == null ? null : WireTimestamps.parse(d.createdAt());
    if (d.createdAt() != null && !d.createdAt().isBlank() && created == null) {
      return new Mapped(null, "document_created_at: not a timestamp: " + d.createdAt());
    }
    return new Mapped(
        new CreateMemoryRequest(
            d.document(),
            d.documentType(),
            d.documentId(),
            created,
            d.userId(),
            d.customerId(),
            d.mode(),
            d.metadata()),
        null);
  }
}
