package dev.synap.preflight.loader.diff;

import dev.synap.preflight.loader.catchup.JournalChain;
import dev.synap.preflight.loader.journal.DocumentFingerprint;
import dev.synap.preflight.loader.journal.Fingerprint;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.loader.journal.JournalReader;
import java.nio.file.Path;
import java.util.List;

/**
 * What a chain of journals says Synap holds, for a diff: each loaded document's id and the
 * fingerprint it was sent with, nothing else. The same fold as {@link JournalChain} (oldest first;
 * retirements drop the earlier version, loaded documents become the latest, a rolled-back journal
 * drops what it sent), over {@link DocTable}s instead of the loader's full per-document state, so
 * that a journal of a million documents fits in the memory the validator needs for the same ids.
 * Documents are addressed by entry number ({@code 0 <= entry < entries()}).
 */
public final class JournalIndex {
  private final List<Path> journals;
  private final String profile;
  private final DocTable latest;

  private JournalIndex(List<Path> journals, String profile, DocTable latest) {
    this.journals = List.copyOf(journals);
    this.profile = profile;
    this.latest = latest;
  }

  /**
   * Reads the chain that ends with the journal in {@code newest}.
   *
   * @throws dev.synap.preflight.loader.journal.JournalRefusedException no journal there, a broken
   *     or looping chain, or journals of different profiles
   * @throws JournalException a damaged journal
   */
  public static JournalIndex read(Path newest) throws JournalException {
    return read(JournalChain.links(newest));
  }

  /** Reads the chain {@code dirs} ({@link JournalChain#links}, oldest first). */
  static JournalIndex read(List<Path> dirs) throws JournalException {
    String profile = JournalReader.header(dirs.get(0).resolve(Journal.FILE)).get().profile();
    DocTable latest = null;
    for (Path dir : dirs) {
      JournalReplay replay = new JournalReplay();
      JournalReader.read(dir.resolve(Journal.FILE), replay);
      if (latest == null && !replay.rolledBack()) {
        latest = replay.docs(); // the first load: its own table is the latest state
        continue;
      }
      latest = latest == null ? new DocTable() : latest;
      fold(replay, latest);
    }
    return new JournalIndex(dirs, profile, latest);
  }

  private static void fold(JournalReplay replay, DocTable latest) {
    for (String id : replay.retired()) {
      drop(latest, id);
    }
    DocTable docs = replay.docs();
    for (int e = 0; e < docs.entries(); e++) {
      byte phase = docs.phase(e);
      if (replay.rolledBack() && phase != DocTable.ABSENT) {
        drop(latest, docs.id(e));
      } else if (!replay.rolledBack() && phase == DocTable.LOADED) {
        int to = latest.add(docs.id(e));
        latest.phase(to, DocTable.LOADED);
        latest.copyFingerprint(to, docs, e);
      }
    }
  }

  private static void drop(DocTable table, String id) {
    int e = table.find(id);
    if (e >= 0) {
      table.phase(e, DocTable.ABSENT);
    }
  }

  /** The entry of {@code id}'s latest loaded version, or -1 when the chain holds none. */
  public int find(String id) {
    int e = latest.find(id);
    return e >= 0 && latest.phase(e) == DocTable.LOADED ? e : -1;
  }

  /** Entry numbers run below this; not every entry is a loaded document ({@link #loaded}). */
  public int entries() {
    return latest.entries();
  }

  /** Whether the entry is a loaded document. */
  public boolean loaded(int entry) {
    return latest.phase(entry) == DocTable.LOADED;
  }

  /** The entry's document id. */
  public String id(int entry) {
    return latest.id(entry);
  }

  /** Whether the entry was sent with the same content as {@code now}. */
  public boolean same(int entry, Fingerprint now) {
    return latest.same(entry, now);
  }

  /**
   * What differs between the entry's content and {@code now}; empty when the journal cannot say.
   */
  public List<DocumentFingerprint.Part> changed(int entry, Fingerprint now) {
    return latest.changed(entry, now);
  }

  /** The journal directories, oldest (the first load) first. */
  public List<Path> journals() {
    return journals;
  }

  /** The profile every journal of the chain was written with. */
  public String profile() {
    return profile;
  }
}
