package dev.synap.preflight.rules.export;

import dev.synap.preflight.rules.model.MappedRecord;
import dev.synap.preflight.rules.model.MemoryDocument;

/**
 * One document of an export, identities applied, where it was read.
 *
 * @param seq 0-based position among the export's documents (all files, in input order)
 * @param file the file as given on the command line
 * @param line 1-based physical line of its record (or nested item)
 * @param byteOffset 0-based byte offset of its record or item (in the decompressed stream)
 * @param sourceType the kind of source item (memory, message, block, record, …)
 * @param mapped the document and the source field of each value
 */
public record ExportDocument(
    long seq, String file, long line, long byteOffset, String sourceType, MappedRecord mapped) {

  /** The document. */
  public MemoryDocument document() {
    return mapped.document();
  }

  /** {@code file:line}, for messages. */
  public String origin() {
    return file + ":" + line;
  }

  /**
   * Whether it carries a non-blank {@code document_id}. Without one a document cannot be loaded
   * exactly once or attributed: the loader skips it, the verifier leaves it out.
   */
  public boolean hasId() {
    String id = document().documentId();
    return id != null && !id.isBlank();
  }
}
