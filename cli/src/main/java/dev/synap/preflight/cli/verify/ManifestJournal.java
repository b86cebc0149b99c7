package dev.synap.preflight.cli.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synap.preflight.verifier.journal.DocumentLoad;
import dev.synap.preflight.verifier.journal.InMemoryLoadJournal;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the loader's {@code manifest.jsonl} (one document a line: {@code document_id}, {@code
 * phase}, {@code status}, {@code memory_ids}, {@code deleted_memory_ids}, ...) as the verifier's
 * load journal. Memories that rollback deleted are left out; a document without a terminal status
 * keeps its phase as status (so it counts as not covered).
 */
public final class ManifestJournal {
  /** The manifest's file name inside a journal directory. */
  public static final String FILE = "manifest.jsonl";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ManifestJournal() {}

  /**
   * @throws JournalException when the file is missing or a line is not a manifest entry (the
   *     message names file and line)
   */
  public static InMemoryLoadJournal read(Path journalDir) throws IOException {
    Path file = journalDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new JournalException(
          "--journal " + journalDir + ": no " + FILE + " (written by preflight load)");
    }
    List<DocumentLoad> loads = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int line = 0;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        line++;
        if (!text.isBlank()) {
          loads.add(entry(file, line, text));
        }
      }
    }
    return new InMemoryLoadJournal(loads);
  }

  private static DocumentLoad entry(Path file, int line, String text) {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (IOException e) {
      throw new JournalException(file + ":" + line + ": not a JSON object");
    }
    if (node == null || !node.isObject()) {
      throw new JournalException(file + ":" + line + ": not a JSON object");
    }
    String id = node.path("document_id").asText("");
    if (id.isBlank()) {
      throw new JournalException(file + ":" + line + ": document_id: missing");
    }
    String status = node.path("status").asText("");
    if (status.isBlank()) {
      status = node.path("phase").asText("unknown");
    }
    Set<String> deleted = new HashSet<>(strings(node.path("deleted_memory_ids")));
    List<String> memories = new ArrayList<>();
    for (String m : strings(node.path("memory_ids"))) {
      if (!deleted.contains(m)) {
        memories.add(m);
      }
    }
    return new DocumentLoad(id, status, memories);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  /** A journal that cannot be used; the CLI maps it to exit code 3. */
  public static final class JournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JournalException(String message) {
      super(message);
    }
  }
}
