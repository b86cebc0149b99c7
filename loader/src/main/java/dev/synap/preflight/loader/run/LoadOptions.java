package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.plan.PlanOptions;
import dev.synap.preflight.loader.track.TrackPolicy;
import java.time.Duration;

/**
 * How a load (and a rollback) runs.
 *
 * @param plan batch size and sample
 * @param concurrency batches (status calls, deletes) in flight at once, 1 or more
 * @param batchAttempts attempts per batch within one run before it is left in flight for the next
 * @param retryBackoff wait before the second attempt of a batch; doubles with each attempt
 * @param pollInterval first wait between polling rounds; grows by half each round
 * @param pollMaxInterval longest wait between polling rounds
 * @param pollTimeout give up polling after this long (a re-run resumes it)
 * @param track which documents are polled to their memory ids
 */
public record LoadOptions(
    PlanOptions plan,
    int concurrency,
    int batchAttempts,
    Duration retryBackoff,
    Duration pollInterval,
    Duration pollMaxInterval,
    Duration pollTimeout,
    TrackPolicy track) {

  /** Options that track every document. */
  public LoadOptions(
      PlanOptions plan,
      int concurrency,
      int batchAttempts,
      Duration retryBackoff,
      Duration pollInterval,
      Duration pollMaxInterval,
      Duration pollTimeout) {
    this(
        plan,
        concurrency,
        batchAttempts,
        retryBackoff,
        pollInterval,
        pollMaxInterval,
        pollTimeout,
        TrackPolicy.all());
  }

  /** Checks the ranges. */
  public LoadOptions {
    if (concurrency < 1 || concurrency > 64) {
      throw new IllegalArgumentException("concurrency must be 1 to 64, got " + concurrency);
    }
    if (batchAttempts < 1) {
      throw new IllegalArgumentException("batch attempts must be 1 or more, got " + batchAttempts);
    }
    java.util.Objects.requireNonNull(track, "track");
  }

  /**
   * Defaults: batches of 100, 4 in flight, 3 attempts, polling first after 0.5 s then half as long
   * again each round up to 30 s, for 30 min; every document tracked.
   */
  public static LoadOptions defaults() {
    return new LoadOptions(
        new PlanOptions(PlanOptions.MAX_BATCH, 0),
        4,
        3,
        Duration.ofSeconds(2),
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        Duration.ofMinutes(30));
  }

  /** The same options with another plan. */
  public LoadOptions withPlan(PlanOptions newPlan) {
    return new LoadOptions(
        newPlan,
        concurrency,
        batchAttempts,
        retryBackoff,
        pollInterval,
        pollMaxInterval,
        pollTimeout,
        track);
  }

  /** The same options with another tracking policy. */
  public LoadOptions withTrack(TrackPolicy policy) {
    return new LoadOptions(
        plan,
        concurrency,
        batchAttempts,
        retryBackoff,
        pollInterval,
        pollMaxInterval,
        pollTimeout,
        policy);
  }

  /** The same options with another concurrency. */
  public LoadOptions withConcurrency(int n) {
    return new LoadOptions(
        plan, n, batchAttempts, retryBackoff, pollInterval, pollMaxInterval, pollTimeout, track);
  }

  /** The same options with another polling timeout. */
  public LoadOptions withPollTimeout(Duration timeout) {
    return new LoadOptions(
        plan,
        concurrency,
        batchAttempts,
        retryBackoff,
        pollInterval,
        pollMaxInterval,
        timeout,
        track);
  }
}
