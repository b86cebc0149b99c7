package dev.synap.preflight.loader.diff;

import dev.synap.preflight.loader.catchup.JournalChain;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.loader.journal.JournalReader;
import dev.synap.preflight.loader.journal.JournalRefusedException;
import dev.synap.preflight.rules.config.Limits;
import dev.synap.preflight.rules.export.ExportReader;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.rules.source.Identities;
import java.io.IOException;
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
  private int threads = Runtime.getRuntime().availableProcessors();
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
    List<Path> chain = chain();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        throw new IOException("cannot read " + p + ": is a directory, not an export file");
      }
      if (!Files.isRegularFile(p) && !Files.isReadable(p)) {
        throw new IOException("cannot read " + p + ": no such file");
      }
    }
    DiffTally t = new DiffTally(maxExamples);
    ExportReader reader = new ExportReader(inputs, profile, limits, identities);
    // The export is read and fingerprinted on other threads while this one reads the journals.
    try (ExportPass pass = ExportPass.start(reader, threads)) {
      JournalIndex index = JournalIndex.read(chain);
      Seen seen = new Seen(index.entries());
      List<ExportPass.Item> chunk;
      long documents = 0;
      while ((chunk = pass.next()) != null) {
        for (ExportPass.Item item : chunk) {
          if (item.event() != null) {
            t.notDocument(item.event());
          } else {
            progress.read(++documents, item.file(), item.byteOffset());
            compare(item, index, seen, t);
          }
        }
      }
      removedIds = removed(index, seen);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("the diff was interrupted", e);
    }
    for (String id : removedIds) {
      t.add(new DiffEntry(DiffKind.REMOVED, id, null, 0, -1, List.of()));
    }
    return t.result(journalDir.toString(), profile.name(), inputs);
  }

  /**
   * Sets how many threads fingerprint the new export (default: one per processor); returns this.
   */
  public ExportDiff threads(int count) {
    this.threads = Math.max(1, count);
    return this;
  }

  /** Every removed document id of the last {@link #run}, sorted (not capped like the report). */
  public List<String> removedIds() {
    return removedIds;
  }

  private static List<String> removed(JournalIndex index, Seen seen) {
    List<String> removed = new ArrayList<>();
    for (int e = 0; e < index.entries(); e++) {
      if (index.loaded(e) && !seen.entry(e)) {
        removed.add(index.id(e));
      }
    }
    removed.sort(null); // the journal's order depends on how many batches were in flight
    return List.copyOf(removed);
  }

  private static void compare(ExportPass.Item doc, JournalIndex index, Seen seen, DiffTally t) {
    t.document();
    String id = doc.id();
    if (id == null) {
      t.problem(doc, "error", "no-id", "no document_id: it cannot be compared (a load skips it)");
      return;
    }
    int entry = index.find(id);
    if (!seen.add(entry, id)) {
      t.problem(
          doc,
          "warning",
          "repeated-id",
          "document_id repeated in the export: only its first record is compared (as a load"
              + " loads only the first)");
      return;
    }
    if (entry < 0) {
      t.add(entry(DiffKind.ADDED, doc, List.of()));
      return;
    }
    if (index.same(entry, doc.fingerprint())) {
      t.unchanged();
      return;
    }
    List<String> parts = new ArrayList<>();
    index.changed(entry, doc.fingerprint()).forEach(p -> parts.add(p.id()));
    t.add(entry(DiffKind.CHANGED, doc, parts.isEmpty() ? List.of("unknown") : parts));
  }

  private static DiffEntry entry(DiffKind kind, ExportPass.Item doc, List<String> parts) {
    return new DiffEntry(kind, doc.id(), doc.file(), doc.line(), doc.byteOffset(), parts);
  }

  /** The chain's journal directories, oldest first, once its headers check out. */
  private List<Path> chain() throws DiffException, JournalException {
    if (!Files.isRegularFile(journalDir.resolve(Journal.FILE))) {
      throw new DiffException(
          "no load journal in "
              + journalDir
              + " (expected "
              + journalDir.resolve(Journal.FILE)
              + ")");
    }
    List<Path> chain;
    try {
      chain = JournalChain.links(journalDir);
    } catch (JournalRefusedException e) {
      throw new DiffException(e.getMessage());
    }
    String loadedWith =
        JournalReader.header(chain.get(0).resolve(Journal.FILE)).orElseThrow().profile();
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

  /** The ids seen so far: the journal's by entry, the others (added ones) by id. */
  private static final class Seen {
    private final java.util.BitSet entries;
    private final Set<String> others = new HashSet<>();

    Seen(int entries) {
      this.entries = new java.util.BitSet(entries);
    }

    /** Marks the document seen; false when it was already. */
    boolean add(int entry, String id) {
      if (entry < 0) {
        return others.add(id);
      }
      boolean first = !entries.get(entry);
      entries.set(entry);
      return first;
    }

    boolean entry(int entry) {
      return entries.get(entry);
    }
  }
}
