package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.plan.PlannedDoc;
import dev.synap.preflight.loader.plan.SourceDocument;
import java.util.List;

/**
 * What makes a load a catch-up ({@code load --since}): which documents of the new export it sends,
 * which duplicate-id answers mean "an earlier load's version holds this id", and the deletes that
 * retire earlier versions. A plain load uses {@link #NONE}.
 */
public interface CatchUpHooks {
  /** A plain load: every document is wanted, nothing is held by an earlier load. */
  CatchUpHooks NONE = new CatchUpHooks() {};

  /** Whether the document is sent: added or changed since the chain's latest state. */
  default boolean wanted(SourceDocument doc) {
    return true;
  }

  /**
   * Whether an earlier load of the chain holds this document's id and this catch-up has not retired
   * that version yet (a duplicate-id answer for it then means the earlier version, not a lost
   * attempt of this load).
   */
  default boolean heldByPrevious(String documentId) {
    return false;
  }

  /**
   * Before anything is sent (on every run, resumes included): finish the deletes of retirements a
   * stopped run journaled, then retire what the catch-up retires up front (removed documents).
   */
  default void beforeSend() throws Exception {}

  /**
   * Retires the earlier versions of documents the service refused as held by them, returning those
   * now free to be sent again (the others stay rejected, with the reason in the result).
   */
  default List<PlannedDoc> replace(List<PlannedDoc> held) throws Exception {
    return List.of();
  }
}
