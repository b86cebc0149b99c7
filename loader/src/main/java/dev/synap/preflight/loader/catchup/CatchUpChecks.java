package dev.synap.preflight.loader.catchup;

import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.JournalRefusedException;
import dev.synap.preflight.loader.journal.LoadState;
import java.nio.file.Path;
import java.util.Objects;

/** Refusals that keep a first load and a catch-up from being resumed as each other. */
public final class CatchUpChecks {
  private CatchUpChecks() {}

  /**
   * Checks that the journal opened in {@code dir} follows the same journal as this run ({@code
   * wanted}'s {@code since}): a catch-up resumed without {@code --since}, a first load resumed with
   * it, or a catch-up resumed with another {@code --since} is refused.
   */
  public static void sameSince(Path dir, LoadState state, JournalRecord.Header wanted)
      throws JournalRefusedException {
    String has = state.header().map(JournalRecord.Header::since).orElse(null);
    if (Objects.equals(has, wanted.since())) {
      return;
    }
    if (has == null) {
      throw new JournalRefusedException(
          "journal "
              + dir
              + " is a first load, not a catch-up: give the catch-up (--since) a new --journal");
    }
    throw new JournalRefusedException(
        "journal "
            + dir
            + " is a catch-up since "
            + has
            + ": resume it with --since "
            + has
            + (wanted.since() == null ? "" : ", or give this catch-up a new --journal"));
  }
}
