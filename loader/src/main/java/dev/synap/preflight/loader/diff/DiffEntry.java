package dev.synap.preflight.loader.diff;

import java.util.List;

/**
 * One document's difference.
 *
 * @param kind added, changed or removed
 * @param documentId its id
 * @param file the new export's file (null for a removed document)
 * @param line its line there (0 for a removed document)
 * @param byteOffset its byte offset there (-1 for a removed document)
 * @param parts for a changed document, what changed ({@code content}, {@code type}, {@code
 *     timestamp}, {@code identities}, {@code metadata}); {@code unknown} when the journal's
 *     fingerprint predates parts
 */
public record DiffEntry(
    DiffKind kind, String documentId, String file, long line, long byteOffset, List<String> parts) {
  public DiffEntry {
    parts = List.copyOf(parts);
  }
}
