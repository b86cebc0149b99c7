package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.Tally;
import dev.synap.preflight.loader.plan.PlanCounts;
import dev.synap.preflight.loader.track.TrackingView;
import java.time.Duration;
import java.util.List;

/**
 * What a load run achieved.
 *
 * @param plan what planning read, planned and skipped in this run
 * @param tally the journal's counts after the run
 * @param batchesGivenUp batches that got no answer in any attempt (their documents stay in flight)
 * @param elapsed wall time of the run
 * @param problems what keeps the load from being complete, one line each (empty when complete)
 * @param tracking what is tracked after the run, and what rollback and verify can promise
 * @param requests HTTP requests the run sent (retries included; 0 when the service does not count)
 * @param rateLimited of those, requests answered 429
 * @param unresolved documents loaded by a duplicate-id conflict whose memories a search did not
 *     find, one line each with the reason
 */
public record LoadResult(
    PlanCounts plan,
    Tally tally,
    long batchesGivenUp,
    Duration elapsed,
    List<String> problems,
    TrackingView tracking,
    long requests,
    long rateLimited,
    List<String> unresolved) {

  /** Copies the lists. */
  public LoadResult {
    problems = List.copyOf(problems);
    unresolved = List.copyOf(unresolved);
  }

  /** True when nothing is in flight or awaiting status. */
  public boolean complete() {
    return problems.isEmpty();
  }
}
