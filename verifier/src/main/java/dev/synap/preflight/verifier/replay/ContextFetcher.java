package dev.synap.preflight.verifier.replay;

import dev.synap.preflight.verifier.scope.QueryScope;
import java.util.List;

/**
 * The seam to Synap's context fetch: one call on the route of {@code scope} (user, customer or
 * client fetch) with {@code query} as the search query. Implementations must be thread-safe and
 * apply the client's rate limit and retries themselves; the verifier measures latency around the
 * call and records any exception as the query's error.
 */
@FunctionalInterface
public interface ContextFetcher {
  /** The items in the order the service ranked them (its lists concatenated in a fixed order). */
  List<FetchedItem> fetch(QueryScope scope, String query, int maxResults) throws Exception;
}
