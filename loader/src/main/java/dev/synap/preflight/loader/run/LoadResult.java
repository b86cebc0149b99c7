package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.Tally;
import dev.synap.preflight.loader.plan.PlanCounts;
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
 */
public record LoadResult(
    PlanCounts plan, Tally tally, long batchesGivenUp, Duration elapsed, List<String> problems) {

  /** Copies the list. */
  public LoadResult {
    problems = List.copyOf(problems);
  }

  /** True when nothing is in flight or awaiting status. */
  public boolean complete() {
    return problems.isEmpty();
  }
}
