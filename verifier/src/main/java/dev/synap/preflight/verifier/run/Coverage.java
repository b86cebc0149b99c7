package dev.synap.preflight.verifier.run;

import dev.synap.preflight.verifier.journal.DocumentLoad;
import java.util.List;

/**
 * What a load journal says about the export's documents (DESIGN "Verifier method" step 6).
 *
 * @param exportDocuments documents in the baseline
 * @param covered documents that completed with at least one memory
 * @param uncovered documents whose ingestion failed or created no memory, as the journal has them
 * @param notLoaded export documents the journal does not mention at all
 */
public record Coverage(
    int exportDocuments, int covered, List<DocumentLoad> uncovered, List<String> notLoaded) {
  public Coverage {
    uncovered = List.copyOf(uncovered);
    notLoaded = List.copyOf(notLoaded);
  }

  /** Uncovered documents the service took whose ingestion outcome the journal does not know. */
  public long outcomeUnknown() {
    return uncovered.stream().filter(DocumentLoad::outcomeUnknown).count();
  }

  /** covered / exportDocuments (1 for an empty export). */
  public double rate() {
    return exportDocuments == 0 ? 1.0 : (double) covered / exportDocuments;
  }
}
