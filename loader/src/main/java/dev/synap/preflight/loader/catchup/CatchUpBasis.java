package dev.synap.preflight.loader.catchup;

import dev.synap.preflight.loader.diff.DiffException;
import dev.synap.preflight.loader.diff.DiffKind;
import dev.synap.preflight.loader.diff.DiffProgress;
import dev.synap.preflight.loader.diff.DiffResult;
import dev.synap.preflight.loader.diff.ExportDiff;
import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.loader.journal.JournalRefusedException;
import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.source.Identities;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a catch-up starts from: the chain of journals it follows and the diff of the new export
 * against it (exact counts; every removed id).
 *
 * @param since the journal the catch-up follows (absolute)
 * @param chain that journal's chain
 * @param diff the new export against the chain
 * @param removedIds every document the chain holds and the new export lacks, sorted
 */
public record CatchUpBasis(
    Path since, JournalChain chain, DiffResult diff, List<String> removedIds) {

  /** Examples of each kind kept for messages (the counts are exact). */
  private static final int EXAMPLES = 20;

  /** Copies the list. */
  public CatchUpBasis {
    removedIds = List.copyOf(removedIds);
  }

  /** Documents the catch-up sends: added and changed. */
  public long toSend() {
    return diff.count(DiffKind.ADDED) + diff.count(DiffKind.CHANGED);
  }

  /**
   * Reads the chain ending at {@code since} and diffs {@code inputs} against it.
   *
   * @param journal the catch-up's own journal directory (must not be {@code since} or in its chain)
   * @param progress hears the comparison's reading of the new export
   * @throws JournalRefusedException no journal at {@code since}, a broken chain, another profile,
   *     or {@code journal} inside the chain
   * @throws JournalException a damaged journal
   * @throws IOException an export file that cannot be read
   */
  public static CatchUpBasis of(
      Path since,
      Path journal,
      List<Path> inputs,
      Profile profile,
      Limits limits,
      Identities identities,
      DiffProgress progress)
      throws JournalException, IOException {
    Path from = since.toAbsolutePath().normalize();
    ExportDiff diff = new ExportDiff(from, profile, limits, identities, EXAMPLES);
    diff.progress(progress);
    DiffResult result;
    try {
      result = diff.run(inputs);
    } catch (DiffException e) {
      throw new JournalRefusedException("--since: " + e.getMessage());
    }
    JournalChain chain = JournalChain.read(from);
    if (!chain.unsettled().isEmpty()) {
      var e = chain.unsettled().entrySet().iterator().next();
      throw new JournalRefusedException(
          "journal "
              + e.getKey()
              + " has "
              + e.getValue()
              + " document(s) sent without an answer (Synap may or may not hold them): resume"
              + " that load first (the same preflight load command), then catch up");
    }
    Path own = journal.toAbsolutePath().normalize();
    if (chain.journals().contains(own)) {
      throw new JournalRefusedException(
          "--journal "
              + journal
              + " is a journal the catch-up follows (--since "
              + since
              + "): give the catch-up a new journal directory");
    }
    return new CatchUpBasis(from, chain, result, diff.removedIds());
  }
}
