package dev.synap.preflight.loader.catchup;

import dev.synap.preflight.loader.diff.DiffKind;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.LoadState;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a catch-up retired, from its journal (all its runs so far).
 *
 * @param removed documents the new export lacks
 * @param removedRetired of those, the ones whose memories are all deleted
 * @param replaced changed documents whose earlier version was deleted before a re-send
 * @param memoriesDeleted earlier versions' memories deleted (or found already gone)
 * @param memoriesLeft earlier versions' memories a retirement names that are not deleted yet
 * @param problems documents whose earlier version could not be retired, with the reason (sorted)
 */
public record CatchUpSummary(
    long removed,
    long removedRetired,
    long replaced,
    long memoriesDeleted,
    long memoriesLeft,
    Map<String, String> problems) {

  /** Copies the map. */
  public CatchUpSummary {
    problems = new TreeMap<>(problems);
  }

  /** The summary of the catch-up journaled in {@code state}. */
  public static CatchUpSummary of(
      LoadState state, CatchUpBasis basis, Map<String, String> problems) {
    long retired = 0;
    long replaced = 0;
    long deleted = 0;
    long left = 0;
    for (JournalRecord.Retiring r : state.retirements()) {
      long gone = r.memoryIds().stream().filter(state::isDeleted).count();
      deleted += gone;
      left += r.memoryIds().size() - gone;
      if (gone == r.memoryIds().size()) {
        if (JournalRecord.Retiring.REMOVED.equals(r.reason())) {
          retired++;
        } else {
          replaced++;
        }
      }
    }
    return new CatchUpSummary(
        basis.diff().count(DiffKind.REMOVED), retired, replaced, deleted, left, problems);
  }
}
