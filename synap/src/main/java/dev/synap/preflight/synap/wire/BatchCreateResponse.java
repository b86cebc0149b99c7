package dev.synap.preflight.synap.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Answer to a batch create. {@code results} is index-aligned with the request's documents.
 *
 * @param batchId the batch id
 * @param total documents in the batch
 * @param succeeded documents accepted
 * @param failed documents rejected (their result has status {@code failed} and an error message)
 * @param results one result per request document, in request order (never null)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BatchCreateResponse(
    String batchId, int total, int succeeded, int failed, List<CreateMemoryResponse> results) {

  /** Replaces a missing result list with an empty one. */
  public BatchCreateResponse {
    results = results == null ? List.of() : List.copyOf(results);
  }
}
