package dev.synap.preflight.synap;

import dev.synap.preflight.synap.wire.BatchCreateResponse;
import dev.synap.preflight.synap.wire.CreateMemoryRequest;
import dev.synap.preflight.synap.wire.CreateMemoryResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a batch answer fits the documents sent: no ingestion id on two results, and no result
 * naming a {@code document_id} other than the one sent at its index. (A result count other than the
 * documents' is left to the caller, which knows what it sent.)
 */
final class BatchAnswerCheck {
  private BatchAnswerCheck() {}

  /** Why the answer does not fit, or null when it does. */
  static String misfit(List<CreateMemoryRequest> sent, BatchCreateResponse answer) {
    List<CreateMemoryResponse> results = answer.results();
    Map<String, Integer> firstByIngestion = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      CreateMemoryResponse r = results.get(i);
      if (r == null) {
        return "result " + i + " is null";
      }
      if (r.ingestionId() != null) {
        Integer first = firstByIngestion.putIfAbsent(r.ingestionId(), i);
        if (first != null) {
          return "results "
              + first
              + " and "
              + i
              + " carry the same ingestion_id "
              + r.ingestionId();
        }
      }
      String want = i < sent.size() ? sent.get(i).documentId() : null;
      if (want != null && r.documentId() != null && !want.equals(r.documentId())) {
        return "result "
            + i
            + " names document_id "
            + r.documentId()
            + ", not "
            + want
            + " sent there";
      }
    }
    return null;
  }
}
