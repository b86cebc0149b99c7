package dev.synap.preflight.loader.diff;

import dev.synap.preflight.loader.catchup.JournalChain;
import dev.synap.preflight.loader.journal.DocumentFingerprint;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.loader.journal.JournalRefusedException;
import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.export.ExportDocument;
import dev.synap.preflight.rules.export.ExportReader;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.rules.source.Identities;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares a new export with what a load journal says was loaded. A document counts as loaded when
 * the service took it (accepted, completed, or loaded by a duplicate-id conflict); one the journal
 * has as rejected or failed is not in Synap, so it is added again. Its fingerprint, journaled with
 * its last send, decides changed or unchanged; the new export is mapped with the journal's profile
 * and the same identities the load used.
 */
public final class ExportDiff {
  private final Path journalDir;
  private Profile profile;
  private final Limits limits;
  private final Identities identities;
  private final int maxExamples;
  private List<String> removedIds = List.of();
  private JournalChain chain;
  private DiffProgress progress = DiffProgress.NONE;

  /**
   * @param profile the profile to map the new export with, or null for the one the journal names (a
   *     bundled profile)
   */
  public ExportDiff(
      Path journalDir, Profile profile, Limits limits, Identities identities, int maxExamples) {
    this.journalDir = journalDir;
    this.profile = profile;
    this.limits = limits;
    this.identities = identities;
    this.maxExamples = maxExamples;
  }

  /** Has {@code listener} hear each document read; returns this. */
  public ExportDiff progress(DiffProgress listener) {
    this.progress = Objects.requireNonNull(listener);
    return this;
  }

  /**
   * Runs the diff of {@code inputs}.
   *
   * @throws DiffException no journal, or a journal of another profile
   * @throws JournalException a damaged journal
   * @throws IOException an export file that cannot be opened
   */
  public DiffResult run(List<Path> inputs) throws DiffException, JournalException, IOException {
    JournalChain chain = journal();
    this.chain = chain;
    for (Path p : inputs) {
      if (!Files.isRegularFile(p) && !Files.isReadable(p)) {
        throw new IOException("cannot read " + p + ": no such file");
      }
    }
    DiffTally t = new DiffTally(maxExamples);
    Set<String> seen = new HashSet<>();
    ExportReader reader = new ExportReader(inputs, profile, limits, identities);
    try (ExportReader.Cursor cursor = reader.open(e -> t.notDocument(e))) {
      while (cursor.hasNext()) {
        ExportDocument doc = cursor.next();
        progress.read(doc.seq() + 1, doc.file(), doc.byteOffset());
        compare(doc, chain, seen, t);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<String> removed = new ArrayList<>();
    for (String id : chain.documentIds()) {
      if (!seen.contains(id)) {
        removed.add(id);
      }
    }
    removed.sort(null); // the journal's order depends on how many batches were in flight
    removedIds = List.copyOf(removed);
    for (String id : removed) {
      t.add(new DiffEntry(DiffKind.REMOVED, id, null, 0, -1, List.of()));
    }
    return t.result(journalDir.toString(), profile.name(), inputs);
  }

  /** Every removed document id of the last {@link #run}, sorted (not capped like the report). */
  public List<String> removedIds() {
    return removedIds;
  }

  /** The chain of journals the last {@link #run} compared with. */
  public JournalChain chain() {
    return chain;
  }

  private static void compare(
      ExportDocument doc, JournalChain chain, Set<String> seen, DiffTally t) {
    t.document();
    if (!doc.hasId()) {
      t.problem(doc, "error", "no-id", "no document_id: it cannot be compared (a load skips it)");
      return;
    }
    String id = doc.document().documentId();
    if (!seen.add(id)) {
      t.problem(
          doc,
          "warning",
          "repeated-id",
          "document_id repeated in the export: only its first record is compared (as a load"
              + " loads only the first)");
      return;
    }
    JournalChain.Prior prior = chain.prior(id);
    if (prior == null) {
      t.add(entry(DiffKind.ADDED, doc, List.of()));
      return;
    }
    String now = DocumentFingerprint.of(doc.document());
    String before = prior.fingerprint();
    if (DocumentFingerprint.same(before, now)) {
      t.add(entry(DiffKind.UNCHANGED, doc, List.of()));
      return;
    }
    List<String> parts = new ArrayList<>();
    DocumentFingerprint.changed(before, now).forEach(p -> parts.add(p.id()));
    t.add(entry(DiffKind.CHANGED, doc, parts.isEmpty() ? List.of("unknown") : parts));
  }

  private static DiffEntry entry(DiffKind kind, ExportDocument doc, List<String> parts) {
    return new DiffEntry(
        kind, doc.document().documentId(), doc.file(), doc.line(), doc.byteOffset(), parts);
  }

  private JournalChain journal() throws DiffException, JournalException {
    if (!Files.isRegularFile(journalDir.resolve(Journal.FILE))) {
      throw new DiffException(
          "no load journal in "
              + journalDir
              + " (expected "
              + journalDir.resolve(Journal.FILE)
              + ")");
    }
    JournalChain chain;
    try {
      chain = JournalChain.read(journalDir);
    } catch (JournalRefusedException e) {
      throw new DiffException(e.getMessage());
    }
    String loadedWith = chain.profile();
    if (profile == null) {
      try {
        profile = Profiles.resolve(loadedWith);
      } catch (RuntimeException e) {
        throw new DiffException(
            "journal "
                + journalDir
                + " was written with profile "
                + loadedWith
                + ", which is not a bundled profile: pass the same profile file with --profile");
      }
    }
    if (!profile.name().equals(loadedWith)) {
      throw new DiffException(
          "journal "
              + journalDir
              + " was written by a load with profile "
              + loadedWith
              + ", not "
              + profile.name()
              + ": diff with --profile "
              + loadedWith
              + " (the same mapping the load used), or against a journal of this profile");
    }
    return chain;
  }
}
