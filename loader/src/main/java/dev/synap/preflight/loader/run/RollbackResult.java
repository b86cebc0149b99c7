package dev.synap.preflight.loader.run;

import java.time.Duration;
import java.util.List;

/**
 * What a rollback did and could not do.
 *
 * @param deleted memories deleted by this run
 * @param alreadyGone memories the service said no longer existed (counted as deleted)
 * @param failures deletes that failed (a re-run retries them)
 * @param unknown documents whose memories this journal cannot name (nor a search find), and why
 * @param recovered documents whose memories the journal could not name but a search found
 * @param elapsed wall time
 */
public record RollbackResult(
    long deleted,
    long alreadyGone,
    List<Failure> failures,
    List<Unknown> unknown,
    List<Recovered> recovered,
    Duration elapsed) {

  /** Copies the lists. */
  public RollbackResult {
    failures = List.copyOf(failures);
    unknown = List.copyOf(unknown);
    recovered = List.copyOf(recovered);
  }

  /** True when every memory the load created is gone and none is unaccounted for. */
  public boolean complete() {
    return failures.isEmpty() && unknown.isEmpty();
  }

  /**
   * A memory that could not be deleted.
   *
   * @param documentId its document
   * @param memoryId the memory
   * @param error the service's message
   */
  public record Failure(String documentId, String memoryId, String error) {}

  /**
   * A document whose memories rollback cannot find.
   *
   * @param documentId the document
   * @param reason why
   */
  public record Unknown(String documentId, String reason) {}

  /**
   * A document whose memories the journal could not name, found by searching its scope.
   *
   * @param documentId the document
   * @param memories memories found by this and earlier rollbacks (deleted, or listed in {@code
   *     failures})
   */
  public record Recovered(String documentId, int memories) {}
}
