package dev.synap.preflight.rules.model;

import java.util.List;

/**
 * One Synap document a profile made from a source record, with where in the record it came from.
 *
 * @param mapped the document and the source of each field
 * @param sourceType the kind of source item (memory, message, block, fact, record, …)
 * @param pointer the JSON pointer of the item inside the source record ({@code ""}: the record)
 * @param lineDelta physical lines between the record's first line and the item's (0 when unknown)
 * @param offsetDelta bytes between the record's first byte and the item's (0 when unknown)
 * @param issues what the profile noticed while mapping it
 */
public record MappedDocument(
    MappedRecord mapped,
    String sourceType,
    String pointer,
    long lineDelta,
    long offsetDelta,
    List<MappingIssue> issues) {
  public MappedDocument {
    issues = List.copyOf(issues);
  }

  public MemoryDocument document() {
    return mapped.document();
  }
}
