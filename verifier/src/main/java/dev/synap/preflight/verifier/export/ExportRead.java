package dev.synap.preflight.verifier.export;

import java.util.List;

/**
 * What reading an export produced.
 *
 * @param sha256 the export's fingerprint (see {@link ExportDocuments#fingerprint})
 * @param documents documents handed on (with an id and text)
 * @param skipped records that were not usable documents (malformed, no id, no text)
 * @param problems up to 20 examples of skipped records, as {@code file:line: why}
 */
public record ExportRead(String sha256, long documents, long skipped, List<String> problems) {
  public ExportRead {
    problems = List.copyOf(problems);
  }
}
