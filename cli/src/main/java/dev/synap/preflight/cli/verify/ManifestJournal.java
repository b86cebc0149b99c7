package dev.synap.preflight.cli.verify;

import dev.synap.preflight.loader.run.ManifestReader;
import dev.synap.preflight.verifier.journal.DocumentLoad;
import dev.synap.preflight.verifier.journal.InMemoryLoadJournal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The loader's {@code manifest.jsonl} (read by the loader's {@link ManifestReader}, next to its
 * writer) as the verifier's load journal: memories that rollback deleted are left out; a document
 * without a terminal status keeps its phase as status, so it counts as not covered (an untracked
 * document included: its memory ids are not known). A catch-up's journal is read with the chain it
 * follows: the latest state of each document ({@link ManifestReader#readChain}).
 */
public final class ManifestJournal {
  private ManifestJournal() {}

  /**
   * @throws JournalException when the file is missing or a line is not a manifest entry (the
   *     message names file and line)
   */
  public static InMemoryLoadJournal read(Path journalDir) throws IOException {
    List<ManifestReader.Document> docs;
    try {
      docs = ManifestReader.readChain(journalDir);
    } catch (ManifestReader.ManifestException e) {
      throw new JournalException(e.getMessage());
    }
    return new InMemoryLoadJournal(
        docs.stream()
            .map(d -> new DocumentLoad(d.documentId(), d.status(), d.liveMemoryIds()))
            .toList());
  }

  /** A journal that cannot be used; the CLI maps it to exit code 3. */
  public static final class JournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JournalException(String message) {
      super(message);
    }
  }
}
