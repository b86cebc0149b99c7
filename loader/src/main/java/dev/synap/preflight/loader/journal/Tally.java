package dev.synap.preflight.loader.journal;

import java.util.Collection;

/**
 * Document counts of a load.
 *
 * @param sent documents sent at least once
 * @param inFlight sent with no answer yet
 * @param accepted taken by the service (accepted, loaded by conflict, completed or later failed)
 * @param rejected refused by the service
 * @param byConflict counted as loaded because of a duplicate-id conflict on resume
 * @param completed ingestions completed (memory ids known)
 * @param failed ingestions that failed or whose status expired
 * @param awaiting ingestions not terminal yet
 * @param skipped documents not sent (no id, or an id repeated in the export)
 * @param deletedMemories memories rollback deleted
 */
public record Tally(
    long sent,
    long inFlight,
    long accepted,
    long rejected,
    long byConflict,
    long completed,
    long failed,
    long awaiting,
    long skipped,
    long deletedMemories) {

  static Tally of(Collection<DocState> docs, long skipped, long deleted) {
    long inFlight = 0, accepted = 0, rejected = 0, conflict = 0, completed = 0, failed = 0;
    long awaiting = 0;
    for (DocState d : docs) {
      switch (d.phase()) {
        case IN_FLIGHT -> inFlight++;
        case REJECTED -> rejected++;
        case COMPLETED -> completed++;
        case FAILED -> failed++;
        default -> {}
      }
      if (d.phase() != DocPhase.IN_FLIGHT && d.phase() != DocPhase.REJECTED) {
        accepted++;
      }
      if (d.byConflict()) {
        conflict++;
      }
      if (d.awaitsStatus()) {
        awaiting++;
      }
    }
    return new Tally(
        docs.size(),
        inFlight,
        accepted,
        rejected,
        conflict,
        completed,
        failed,
        awaiting,
        skipped,
        deleted);
  }
}
