package dev.synap.preflight.loader.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.synap.preflight.loader.journal.DocPhase;
import dev.synap.preflight.loader.journal.DocState;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.LoadState;
import dev.synap.preflight.loader.track.TrackPolicy;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code manifest.jsonl} in the journal directory: one line per document the load sent, in the
 * order first sent, mapping {@code document_id → ingestion_id → memory_ids}, with its phase and the
 * service's message. Derived from the journal and rewritten whole (atomically) at the end of every
 * load and rollback; the verifier and rollback read the journal, people read this.
 */
public final class Manifest {
  /** The manifest's file name inside the journal directory. */
  public static final String FILE = "manifest.jsonl";

  /** The phase of a catch-up's line for a document it removed from Synap. */
  public static final String REMOVED = "removed";

  private static final ObjectWriter WRITER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .writerFor(Entry.class);

  private Manifest() {}

  /**
   * One manifest line.
   *
   * @param documentId the document
   * @param phase its phase (lower case)
   * @param ingestionId its ingestion, when known
   * @param status the terminal ingestion status, when polled
   * @param memoryIds the memories it created
   * @param deletedMemoryIds of those, the ones rollback deleted
   * @param error the service's message
   * @param byConflict counted as loaded because of a duplicate-id conflict on resume
   * @param foundBySearch of {@code memoryIds}, those no ingestion named but a search of the
   *     document's scope found (a document loaded by conflict), else null
   * @param tracked false for a document the service took whose ingestion this load does not track
   *     (its memory ids are not known: {@code load --track all} or rollback polls it), else null
   */
  public record Entry(
      String documentId,
      String phase,
      String ingestionId,
      String status,
      List<String> memoryIds,
      List<String> deletedMemoryIds,
      String error,
      boolean byConflict,
      List<String> foundBySearch,
      Boolean tracked) {}

  /** Rewrites the manifest of an open journal. */
  public static void write(Journal journal) throws IOException {
    write(journal.file().getParent(), journal.state());
  }

  /** Writes the manifest for {@code state} into {@code dir}. */
  public static void write(Path dir, LoadState state) throws IOException {
    Path tmp = dir.resolve(FILE + ".tmp");
    Set<String> tracked = TrackPolicy.of(state).tracked(state);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      for (DocState d : state.docs()) {
        out.write(WRITER.writeValueAsBytes(entry(d, state, tracked)));
        out.write('\n');
      }
      for (JournalRecord.Retiring r : state.retirements()) {
        if (JournalRecord.Retiring.REMOVED.equals(r.reason())) {
          out.write(WRITER.writeValueAsBytes(removed(r, state)));
          out.write('\n');
        }
      }
    }
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    Files.move(
        tmp,
        dir.resolve(FILE),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * A catch-up's line for a document the new export no longer has: phase {@value #REMOVED}, the
   * earlier version's memories and those deleted so far.
   */
  static Entry removed(JournalRecord.Retiring r, LoadState state) {
    List<String> deleted = r.memoryIds().stream().filter(state::isDeleted).toList();
    return new Entry(
        r.documentId(),
        REMOVED,
        null,
        null,
        r.memoryIds(),
        deleted.isEmpty() ? null : deleted,
        null,
        false,
        null,
        null);
  }

  static Entry entry(DocState d, LoadState state, Set<String> tracked) {
    List<String> found = state.recoveredMemories(d.documentId());
    List<String> memories = Stream.concat(d.memoryIds().stream(), found.stream()).toList();
    List<String> deleted = memories.stream().filter(state::isDeleted).toList();
    boolean taken = d.phase().loaded() || d.phase() == DocPhase.FAILED;
    boolean untracked =
        taken && d.awaitsStatus() && !tracked.contains(d.documentId()) && found.isEmpty();
    return new Entry(
        d.documentId(),
        d.phase().name().toLowerCase(java.util.Locale.ROOT),
        d.ingestionId(),
        d.status(),
        memories,
        deleted.isEmpty() ? null : deleted,
        d.error(),
        d.byConflict(),
        found.isEmpty() ? null : found,
        untracked ? Boolean.FALSE : null);
  }
}
