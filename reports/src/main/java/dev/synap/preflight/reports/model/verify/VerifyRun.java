package dev.synap.preflight.reports.model.verify;

import java.util.List;

/**
 * How a verify run was configured.
 *
 * @param inputs the export files, as given on the command line
 * @param profile the profile ({@code auto} when chosen per file)
 * @param instance {@code b2c} or {@code b2b}
 * @param baseUrl the Synap base URL the queries were replayed against
 * @param querySource where the queries came from, e.g. {@code file queries.jsonl} or {@code sample
 *     of 200 (seed 42)}
 * @param k the cut-off (also Synap's {@code max_results})
 * @param concurrency parallel fetches
 * @param rateLimitPerMinute the client's request rate limit, 0 when off
 * @param seed seed of the sampler and the bootstrap
 * @param journal the load journal used for attribution and coverage, or null
 */
public record VerifyRun(
    List<String> inputs,
    String profile,
    String instance,
    String baseUrl,
    String querySource,
    int k,
    int concurrency,
    int rateLimitPerMinute,
    long seed,
    String journal) {
  public VerifyRun {
    inputs = Lists.copy(inputs);
  }
}
