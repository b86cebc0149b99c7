package dev.synap.preflight.loader.track;

import dev.synap.preflight.loader.journal.DocPhase;
import dev.synap.preflight.loader.journal.DocState;
import dev.synap.preflight.loader.journal.LoadState;
import java.util.Set;

/**
 * What a journal tracks, and what that lets rollback and {@code verify --journal} promise.
 *
 * @param policy the policy of the last load run
 * @param tracked documents tracked (terminal, awaiting their status, or unclear)
 * @param known of those, documents whose ingestion is terminal (memory ids known)
 * @param awaiting of those, documents still waiting for a terminal status
 * @param untracked documents the service took that are not tracked: their memory ids are unknown
 * @param unresolved documents loaded by a duplicate-id conflict whose ingestion the service did not
 *     name and whose memories no search found
 */
public record TrackingView(
    TrackPolicy policy, long tracked, long known, long awaiting, long untracked, long unresolved) {

  /** The view of {@code state} under its last load run's policy. */
  public static TrackingView of(LoadState state) {
    TrackPolicy policy = TrackPolicy.of(state);
    Set<String> ids = policy.tracked(state);
    long known = 0, awaiting = 0, untracked = 0, unresolved = 0;
    for (DocState d : state.docs()) {
      boolean taken = d.phase().loaded() || d.phase() == DocPhase.FAILED;
      if (!taken) {
        continue;
      }
      if (d.byConflict() && d.ingestionId() == null) {
        if (state.recoveredMemories(d.documentId()).isEmpty()) {
          unresolved++;
        }
      } else if (!ids.contains(d.documentId())) {
        untracked++;
      } else if (d.awaitsStatus()) {
        awaiting++;
      } else {
        known++;
      }
    }
    return new TrackingView(policy, ids.size(), known, awaiting, untracked, unresolved);
  }

  /** What rollback can do with this journal. */
  public String rollbackPromise() {
    StringBuilder s = new StringBuilder();
    if (untracked == 0 && awaiting == 0) {
      s.append("rollback deletes every memory by the id the journal names");
    } else {
      s.append("rollback first polls the ")
          .append(untracked + awaiting)
          .append(" document(s) whose memory ids are not known yet (one status request each),")
          .append(" then deletes every memory by id");
    }
    if (unresolved > 0) {
      s.append("; ")
          .append(unresolved)
          .append(" document(s) loaded by a duplicate-id conflict are searched for by their text")
          .append(" (give rollback the export and --profile)");
    }
    return s.toString();
  }

  /** What {@code verify --journal} can measure with this journal. */
  public String verifyPromise() {
    if (untracked == 0 && awaiting == 0 && unresolved == 0) {
      return "verify --journal measures coverage of every document";
    }
    return "verify --journal counts the "
        + (untracked + awaiting + unresolved)
        + " document(s) without known memory ids as not covered: run preflight load --track all"
        + " with this journal first (it sends nothing again, it only polls)";
  }
}
