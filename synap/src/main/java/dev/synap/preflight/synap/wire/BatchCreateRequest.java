package dev.synap.preflight.synap.wire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Body of {@code POST /api/v1/memories/batch}: {@code {"documents": [...], "fail_fast": false}}.
 *
 * @param documents the documents, at most {@value #MAX_DOCUMENTS}
 * @param failFast true to reject the whole batch on the first invalid document
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"documents", "fail_fast"})
public record BatchCreateRequest(List<CreateMemoryRequest> documents, boolean failFast) {

  /** Synap's documented maximum number of documents in one batch call. */
  public static final int MAX_DOCUMENTS = 100;

  /** Copies the list and checks its size (1 to {@value #MAX_DOCUMENTS}). */
  public BatchCreateRequest {
    documents = List.copyOf(documents);
    if (documents.isEmpty() || documents.size() > MAX_DOCUMENTS) {
      throw new IllegalArgumentException(
          "a batch holds 1 to " + MAX_DOCUMENTS + " documents, not " + documents.size());
    }
  }

  /** True when every document carries a {@code document_id}, so a resend is harmless. */
  @JsonIgnore
  public boolean isIdempotent() {
    return documents.stream().allMatch(CreateMemoryRequest::isIdempotent);
  }
}
