package dev.synap.preflight.verifier.attribution;

import java.util.Optional;

/**
 * The seam to {@code GET /api/v1/memories/{id}}: the memory's {@code source_document_id}, or empty
 * when the memory has none. A thrown exception (404, transport) makes the attributor fall back to
 * content; implementations must be thread-safe.
 */
@FunctionalInterface
public interface MemorySourceLookup {
  Optional<String> sourceDocumentId(String memoryId) throws Exception;

  /** A lookup that never knows (no client, or the route is not used). */
  static MemorySourceLookup none() {
    return id -> Optional.empty();
  }
}
