package dev.synap.preflight.verifier.replay;

import dev.synap.preflight.verifier.query.VerifyQuery;
import java.util.List;

/**
 * One query's fetch.
 *
 * @param query the query
 * @param items what the service returned, in its order (empty on error)
 * @param latencyNanos wall time of the fetch call, including the client's retries and rate-limit
 *     waits
 * @param error why the fetch failed, or null
 */
public record Replay(VerifyQuery query, List<FetchedItem> items, long latencyNanos, String error) {
  public Replay {
    items = List.copyOf(items);
  }

  public boolean failed() {
    return error != null;
  }
}
