package dev.synap.preflight.loader.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.synap.preflight.loader.journal.DocState;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.LoadState;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
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
   */
  public record Entry(
      String documentId,
      String phase,
      String ingestionId,
      String status,
      List<String> memoryIds,
      List<String> deletedMemoryIds,
      String error,
      boolean byConflict) {}

  /** Rewrites the manifest of an open journal. */
  public static void write(Journal journal) throws IOException {
    write(journal.file().getParent(), journal.state());
  }

  /** Writes the manifest for {@code state} into {@code dir}. */
  public static void write(Path dir, LoadState state) throws IOException {
    Path tmp = dir.resolve(FILE + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      for (DocState d : state.docs()) {
        out.write(WRITER.writeValueAsBytes(entry(d, state)));
        out.write('\n');
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

  static Entry entry(DocState d, LoadState state) {
    List<String> deleted =
        Stream.concat(d.memoryIds().stream(), state.recoveredMemories(d.documentId()).stream())
            .filter(state::isDeleted)
            .toList();
    return new Entry(
        d.documentId(),
        d.phase().name().toLowerCase(java.util.Locale.ROOT),
        d.ingestionId(),
        d.status(),
        d.memoryIds(),
        deleted.isEmpty() ? null : deleted,
        d.error(),
        d.byConflict());
  }
}
