package dev.synap.preflight.loader.catchup;

import dev.synap.preflight.loader.journal.DocState;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.loader.journal.JournalReader;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.JournalRefusedException;
import dev.synap.preflight.loader.journal.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A first load and the catch-ups that followed it, each journal naming the one before in its
 * header's {@code since}, read as the latest state of every document: what Synap holds now by the
 * journals' account. Folded oldest first: a journal's retirements (removed, or replaced before a
 * re-send) drop the earlier version; its loaded documents (accepted, completed, loaded by conflict)
 * become the latest version; a journal that was rolled back drops every document it sent. A
 * document rejected or failed in a catch-up keeps its earlier version unless that was retired.
 */
public final class JournalChain {
  private final List<Path> journals;
  private final String profile;
  private final Map<String, Prior> latest;
  private final LoadState single;
  private final Map<Path, Long> unsettled;

  /**
   * The latest loaded version of a document.
   *
   * @param journal the journal directory that loaded it
   * @param doc its state there
   * @param fingerprint the fingerprint it was sent with (null for a journal of format 1)
   */
  public record Prior(Path journal, DocState doc, String fingerprint) {}

  private JournalChain(
      List<Path> journals,
      String profile,
      Map<String, Prior> latest,
      LoadState single,
      Map<Path, Long> unsettled) {
    this.unsettled = Map.copyOf(unsettled);
    this.journals = List.copyOf(journals);
    this.profile = profile;
    this.latest = latest;
    this.single = single;
  }

  /**
   * Reads the chain that ends with the journal in {@code newest}.
   *
   * @throws JournalRefusedException no journal there, a link to a missing journal, a loop, or
   *     journals of different profiles
   * @throws JournalException a damaged journal
   */
  public static JournalChain read(Path newest) throws JournalException {
    List<Path> dirs = links(newest);
    List<LoadState> states = new ArrayList<>();
    for (Path dir : dirs) {
      states.add(Journal.readOnly(dir));
    }
    Map<Path, Long> unsettled = new java.util.LinkedHashMap<>();
    for (int i = 0; i < states.size(); i++) {
      long inFlight = states.get(i).tally().inFlight();
      if (inFlight > 0 && !rolledBack(states.get(i))) {
        unsettled.put(dirs.get(i), inFlight);
      }
    }
    String profile = states.get(0).header().get().profile();
    if (states.size() == 1 && !rolledBack(states.get(0))) {
      // A first load alone: its own state is the latest (no second map of a million entries).
      return new JournalChain(dirs, profile, null, states.get(0), unsettled);
    }
    Map<String, Prior> latest = new HashMap<>();
    for (int i = 0; i < states.size(); i++) {
      fold(dirs.get(i), states.get(i), latest);
    }
    return new JournalChain(dirs, profile, latest, null, unsettled);
  }

  /**
   * The journal directories of the chain that ends with {@code newest}, oldest (the first load)
   * first, from their headers alone.
   *
   * @throws JournalRefusedException no journal there, a link to a missing journal, a loop, or
   *     journals of different profiles
   * @throws JournalException a damaged header
   */
  public static List<Path> links(Path newest) throws JournalException {
    List<Path> dirs = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    Path dir = newest.toAbsolutePath().normalize();
    String named = null;
    String profile = null;
    while (dir != null) {
      if (!seen.add(dir)) {
        throw new JournalRefusedException(
            "journal " + dir + " appears twice in its own chain of --since links");
      }
      Path file = dir.resolve(Journal.FILE);
      if (!Files.isRegularFile(file)) {
        throw new JournalRefusedException(
            "no load journal in "
                + dir
                + (named == null ? "" : " (named as --since by the catch-up journal " + named + ")")
                + ": expected "
                + file);
      }
      Path here = dir;
      JournalRecord.Header header =
          JournalReader.header(file)
              .orElseThrow(() -> new JournalRefusedException("journal " + here + " has no header"));
      if (profile == null) {
        profile = header.profile();
      } else if (!header.profile().equals(profile)) {
        throw new JournalRefusedException(
            "journal "
                + dir
                + " was written with profile "
                + header.profile()
                + ", but the catch-up "
                + named
                + " with profile "
                + profile);
      }
      dirs.add(dir);
      named = dir.toString();
      dir = header.since() == null ? null : Path.of(header.since());
    }
    Collections.reverse(dirs);
    return dirs;
  }

  private static boolean rolledBack(LoadState state) {
    return state.runs().stream().anyMatch(r -> "rollback".equals(r.command()));
  }

  private static void fold(Path dir, LoadState state, Map<String, Prior> latest) {
    boolean rolledBack = rolledBack(state);
    for (JournalRecord.Retiring r : state.retirements()) {
      latest.remove(r.documentId());
    }
    for (DocState d : state.docs()) {
      if (rolledBack) {
        latest.remove(d.documentId());
      } else if (d.phase().loaded()) {
        latest.put(d.documentId(), new Prior(dir, d, state.fingerprint(d.documentId())));
      }
    }
  }

  /** The latest loaded version of {@code documentId}, or null when the chain holds none. */
  public Prior prior(String documentId) {
    if (single == null) {
      return latest.get(documentId);
    }
    DocState d = single.doc(documentId);
    return d.phase().loaded()
        ? new Prior(journals.get(0), d, single.fingerprint(documentId))
        : null;
  }

  /** Every document the chain holds a loaded version of (unordered). */
  public Collection<String> documentIds() {
    if (single == null) {
      return Collections.unmodifiableSet(latest.keySet());
    }
    return single.docs().stream()
        .filter(d -> d.phase().loaded())
        .map(DocState::documentId)
        .toList();
  }

  /** Documents the chain holds. */
  public int size() {
    return single == null ? latest.size() : documentIds().size();
  }

  /** The journal directories, oldest (the first load) first. */
  public List<Path> journals() {
    return journals;
  }

  /**
   * Journals of the chain (not rolled back) that still have documents sent without an answer, with
   * how many: a catch-up cannot tell whether Synap holds those.
   */
  public Map<Path, Long> unsettled() {
    return unsettled;
  }

  /** The profile every journal of the chain was written with. */
  public String profile() {
    return profile;
  }
}
