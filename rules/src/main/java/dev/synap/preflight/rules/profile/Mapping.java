package dev.synap.preflight.rules.profile;

import dev.synap.preflight.rules.model.MappedDocument;
import dev.synap.preflight.rules.model.MappingIssue;
import java.util.List;

/**
 * What a profile made of one source record: documents, items skipped on purpose, and notes about
 * the record itself. A record that yields neither a document nor a skip is {@link #unmatched()}:
 * none of the profile's emitters recognised it.
 *
 * @param documents the documents, in source order per emitter
 * @param skipped the items skipped, each with its reason
 * @param notes notes about the record (e.g. it was double-encoded)
 */
public record Mapping(
    List<MappedDocument> documents, List<Skip> skipped, List<MappingIssue> notes) {
  public Mapping {
    documents = List.copyOf(documents);
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }

  /**
   * An item skipped on purpose, with where it starts relative to the record (lines, bytes; 0 when
   * unknown).
   */
  public record Skip(
      String sourceType, String reason, String pointer, long lineDelta, long offsetDelta) {}

  /** Whether no emitter recognised the record: it yields nothing and nothing was skipped. */
  public boolean unmatched() {
    return documents.isEmpty() && skipped.isEmpty();
  }
}
