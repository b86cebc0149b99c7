package dev.synap.preflight.rules.source;

import dev.synap.preflight.rules.model.MappedDocument;
import dev.synap.preflight.rules.model.MappingIssue;
import java.util.List;

/**
 * What {@link SourceReader} yields, each at a source position: the file as given, the 1-based
 * physical line and the 0-based byte offset (in the decompressed stream) of the record or of the
 * nested item.
 */
public sealed interface SourceEvent {
  String file();

  long line();

  long byteOffset();

  /**
   * A mapped document. {@code notes} are the record's notes (e.g. double encoding), on its first.
   */
  record Document(
      String file, long line, long byteOffset, MappedDocument document, List<MappingIssue> notes)
      implements SourceEvent {
    public Document {
      notes = List.copyOf(notes);
    }
  }

  /** An item the profile skips on purpose. */
  record Skipped(String file, long line, long byteOffset, String sourceType, String reason)
      implements SourceEvent {}

  /** A record that could not be read or mapped (malformed, truncated, oversized, unrecognised). */
  record Problem(String file, long line, long byteOffset, String message) implements SourceEvent {}
}
