package dev.synap.preflight.reports.load;

import java.util.List;

/**
 * What a load (or a rollback) did.
 *
 * @param schemaVersion version of this report's shape (1)
 * @param tool the preflight version
 * @param command {@code load} or {@code rollback}
 * @param journal the journal directory
 * @param profile the profile the export was read through
 * @param files the export files with their SHA-256
 * @param force whether the validator's gate was overridden
 * @param gate the gate outcome the run saw
 * @param complete true when nothing is left in flight, awaiting status or undeleted
 * @param totals document counts (from the journal: all runs of this load)
 * @param timings when the run started and ended
 * @param problems what keeps the load (or rollback) from being complete, one line each
 * @param rejected documents the service refused, with its message
 * @param skipped documents not sent (no id, repeated id), with the reason
 * @param failed ingestions that failed after being accepted, with the service's message
 * @param rollback the rollback's outcome, or null for a load
 * @param operations the plan next to what happened, tracking and what to do next (null when the run
 *     did not record them)
 */
public record LoadReport(
    int schemaVersion,
    String tool,
    String command,
    String journal,
    String profile,
    List<ExportFile> files,
    boolean force,
    String gate,
    boolean complete,
    Totals totals,
    Timings timings,
    List<String> problems,
    List<DocumentIssue> rejected,
    List<DocumentIssue> skipped,
    List<DocumentIssue> failed,
    RollbackOutcome rollback,
    Operations operations) {

  /** A report without operations. */
  public LoadReport(
      int schemaVersion,
      String tool,
      String command,
      String journal,
      String profile,
      List<ExportFile> files,
      boolean force,
      String gate,
      boolean complete,
      Totals totals,
      Timings timings,
      List<String> problems,
      List<DocumentIssue> rejected,
      List<DocumentIssue> skipped,
      List<DocumentIssue> failed,
      RollbackOutcome rollback) {
    this(
        schemaVersion,
        tool,
        command,
        journal,
        profile,
        files,
        force,
        gate,
        complete,
        totals,
        timings,
        problems,
        rejected,
        skipped,
        failed,
        rollback,
        null);
  }

  /** Copies the lists. */
  public LoadReport {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    rejected = List.copyOf(rejected);
    skipped = List.copyOf(skipped);
    failed = List.copyOf(failed);
  }

  /**
   * An export file.
   *
   * @param path as given
   * @param bytes size
   * @param sha256 lower-case hex
   */
  public record ExportFile(String path, long bytes, String sha256) {}

  /**
   * Document counts.
   *
   * @param read documents read from the export in the last run
   * @param sent documents sent at least once
   * @param accepted taken by the service
   * @param rejected refused by the service
   * @param loadedByConflict counted as loaded because of a duplicate-id conflict on resume
   * @param completed ingestions completed
   * @param failed ingestions failed
   * @param inFlight sent without an answer
   * @param awaiting ingestions not terminal
   * @param skipped not sent
   * @param memories memories the load created (known ids)
   * @param deletedMemories memories rollback deleted
   */
  public record Totals(
      long read,
      long sent,
      long accepted,
      long rejected,
      long loadedByConflict,
      long completed,
      long failed,
      long inFlight,
      long awaiting,
      long skipped,
      long memories,
      long deletedMemories) {}

  /**
   * Timings of the run this report was written by.
   *
   * @param startedAt ISO-8601 UTC
   * @param finishedAt ISO-8601 UTC
   * @param elapsedMillis wall time
   * @param documentsPerSecond documents answered per second in this run
   */
  public record Timings(
      String startedAt, String finishedAt, long elapsedMillis, double documentsPerSecond) {}

  /**
   * One document with something to say about it.
   *
   * @param documentId the document (null when it has none)
   * @param origin file and line, when known
   * @param message the service's message or the reason
   */
  public record DocumentIssue(String documentId, String origin, String message) {}

  /**
   * A rollback's outcome.
   *
   * @param deleted memories deleted by this run
   * @param alreadyGone memories found already deleted
   * @param failures memories that could not be deleted (documentId, memory id in origin, error)
   * @param unknown documents whose memories cannot be named, with why
   */
  public record RollbackOutcome(
      long deleted, long alreadyGone, List<DocumentIssue> failures, List<DocumentIssue> unknown) {

    /** Copies the lists. */
    public RollbackOutcome {
      failures = List.copyOf(failures);
      unknown = List.copyOf(unknown);
    }
  }

  /**
   * The plan next to what happened, what is tracked, and what to do next.
   *
   * @param plan the plan as printed before sending, one line each
   * @param rateLimitPerMinute the client's limit (0: none)
   * @param plannedRequests requests the plan counted for this load (batches and tracking)
   * @param plannedMillis the plan's time for them at the limit (null without a limit)
   * @param requests requests actually sent (retries included)
   * @param requestsPerSecond requests per second over the run
   * @param rateLimited requests answered 429
   * @param tracking what is tracked
   * @param next commands to resume, track the rest, or roll back
   * @param timeline samples of the run, oldest first
   */
  public record Operations(
      List<String> plan,
      int rateLimitPerMinute,
      long plannedRequests,
      Long plannedMillis,
      long requests,
      double requestsPerSecond,
      long rateLimited,
      Tracking tracking,
      List<String> next,
      List<Sample> timeline) {

    /** Copies the lists. */
    public Operations {
      plan = List.copyOf(plan);
      next = List.copyOf(next);
      timeline = List.copyOf(timeline);
    }
  }

  /**
   * What the journal tracks to memory ids.
   *
   * @param policy the tracking policy ({@code all}, {@code none}, {@code sample:N:SEED})
   * @param tracked documents tracked
   * @param known of those, with a terminal status (memory ids known)
   * @param awaiting of those, still waiting for their status
   * @param untracked documents taken by the service whose memory ids are not known
   * @param unresolved documents loaded by conflict whose memories no search found
   * @param rollback what rollback can do with this journal
   * @param verify what verify --journal can measure with it
   */
  public record Tracking(
      String policy,
      long tracked,
      long known,
      long awaiting,
      long untracked,
      long unresolved,
      String rollback,
      String verify) {}

  /**
   * One timeline sample.
   *
   * @param seconds since the run started
   * @param phase send, poll, search or delete
   * @param done documents answered, ingestions settled or memories deleted so far
   * @param requests requests so far
   * @param rateLimited 429 answers so far
   */
  public record Sample(double seconds, String phase, long done, long requests, long rateLimited) {}
}
