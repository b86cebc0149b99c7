package dev.synap.preflight.loader.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.loader.journal.JournalReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code manifest.jsonl} that {@link Manifest} writes, for tools that only have the
 * journal directory (the verifier's coverage, through an adapter in the command line). A line that
 * is not a manifest entry is an error naming file and line.
 */
public final class ManifestReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ManifestReader() {}

  /**
   * One document as the manifest names it.
   *
   * @param documentId the document
   * @param status its terminal ingestion status, or its phase when it has none ({@code accepted}
   *     for an untracked document, {@code rejected}, {@code in_flight}, ...)
   * @param liveMemoryIds its memories (named by its ingestion or found by search) not deleted by a
   *     rollback
   * @param tracked false when the load did not track the document (its memory ids are unknown)
   */
  public record Document(
      String documentId, String status, List<String> liveMemoryIds, boolean tracked) {}

  /** A manifest that cannot be read. */
  public static final class ManifestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ManifestException(String message) {
      super(message);
    }
  }

  /**
   * Every document of the manifest in {@code journalDir}, in order.
   *
   * @throws ManifestException when the file is missing or a line is not a manifest entry
   */
  public static List<Document> read(Path journalDir) throws IOException {
    Path file = journalDir.resolve(Manifest.FILE);
    if (!Files.isRegularFile(file)) {
      throw new ManifestException(
          "--journal " + journalDir + ": no " + Manifest.FILE + " (written by preflight load)");
    }
    List<Document> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int line = 0;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        line++;
        if (!text.isBlank()) {
          out.add(entry(file, line, text));
        }
      }
    }
    return out;
  }

  /**
   * The latest state of every document across the chain of journals that ends in {@code journalDir}
   * (a catch-up's journal names the one it follows): each journal's manifest read oldest first, a
   * later line for a document replacing an earlier one and a catch-up's {@value Manifest#REMOVED}
   * line dropping it. A first load's journal is its own chain.
   *
   * @throws ManifestException when a manifest or a link of the chain is missing or unreadable
   */
  public static List<Document> readChain(Path journalDir) throws IOException {
    List<Path> dirs = chain(journalDir);
    if (dirs.size() == 1) {
      return read(journalDir);
    }
    Map<String, Document> latest = new LinkedHashMap<>();
    for (Path dir : dirs) {
      for (Document d : read(dir)) {
        latest.remove(d.documentId());
        if (!Manifest.REMOVED.equals(d.status())) {
          latest.put(d.documentId(), d);
        }
      }
    }
    return new ArrayList<>(latest.values());
  }

  /** The journal directories of the chain ending in {@code newest}, oldest first. */
  private static List<Path> chain(Path newest) {
    List<Path> out = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    Path dir = newest;
    while (dir != null) {
      if (!seen.add(dir.toAbsolutePath().normalize())) {
        throw new ManifestException("journal " + dir + " appears twice in its chain of --since");
      }
      out.add(0, dir);
      Path log = dir.resolve(Journal.FILE);
      if (!Files.isRegularFile(log)) {
        if (out.size() > 1) {
          throw new ManifestException(
              "no load journal in " + dir + ", which the catch-up " + out.get(1) + " follows");
        }
        break; // a manifest without its journal: read alone
      }
      try {
        dir = JournalReader.header(log).map(h -> h.since()).map(Path::of).orElse(null);
      } catch (JournalException e) {
        throw new ManifestException(e.getMessage());
      }
    }
    return out;
  }

  private static Document entry(Path file, int line, String text) {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (IOException e) {
      throw new ManifestException(file + ":" + line + ": not a JSON object");
    }
    if (node == null || !node.isObject()) {
      throw new ManifestException(file + ":" + line + ": not a JSON object");
    }
    String id = node.path("document_id").asText("");
    if (id.isBlank()) {
      throw new ManifestException(file + ":" + line + ": document_id: missing");
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
    return new Document(id, status, memories, node.path("tracked").asBoolean(true));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }
}
