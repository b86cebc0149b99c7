package dev.synap.preflight.loader.journal;

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
    long deletedMemories) {}
