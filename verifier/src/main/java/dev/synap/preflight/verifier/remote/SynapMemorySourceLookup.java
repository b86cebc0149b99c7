package dev.synap.preflight.verifier.remote;

import dev.synap.preflight.synap.SynapClient;
import dev.synap.preflight.synap.error.NotFoundException;
import dev.synap.preflight.synap.wire.Memory;
import dev.synap.preflight.verifier.attribution.MemorySourceLookup;
import java.util.Optional;

/**
 * {@code GET /api/v1/memories/{id}} → {@code source_document_id}. An unknown memory (404) or one
 * without a source is empty; other failures (transport, 5xx after the client's retries) are thrown
 * so that the attribution records them and falls back to content.
 */
public final class SynapMemorySourceLookup implements MemorySourceLookup {
  private final SynapClient client;

  public SynapMemorySourceLookup(SynapClient client) {
    this.client = client;
  }

  @Override
  public Optional<String> sourceDocumentId(String memoryId) {
    if (memoryId == null || memoryId.isBlank()) {
      return Optional.empty();
    }
    try {
      Memory m = client.get(memoryId);
      String source = m == null ? null : m.sourceDocumentId();
      return source == null || source.isBlank() ? Optional.empty() : Optional.of(source);
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
