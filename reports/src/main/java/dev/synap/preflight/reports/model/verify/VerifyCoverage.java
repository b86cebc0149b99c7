package dev.synap.preflight.reports.model.verify;

import java.util.List;

/**
 * What the load journal says about the export's documents.
 *
 * @param exportDocuments documents in the baseline
 * @param covered documents that completed with at least one memory
 * @param rate covered / exportDocuments (1 for an empty export)
 * @param uncovered documents whose ingestion failed or created no memory
 * @param notLoaded ids of export documents the journal does not mention
 */
public record VerifyCoverage(
    int exportDocuments,
    int covered,
    double rate,
    List<UncoveredDocument> uncovered,
    List<String> notLoaded) {
  public VerifyCoverage {
    uncovered = Lists.copy(uncovered);
    notLoaded = Lists.copy(notLoaded);
  }

  /**
   * Uncovered documents the service took whose ingestion outcome the journal does not know
   * (untracked, still queued, or loaded by a duplicate-id conflict without memory ids found): the
   * verifier's {@code DocumentLoad.outcomeUnknown()}, read back from the statuses.
   */
  public long outcomeUnknown() {
    return uncovered.stream()
        .filter(
            d ->
                "accepted".equals(d.status())
                    || "in_flight".equals(d.status())
                    || "loaded_by_conflict".equals(d.status()))
        .count();
  }

  /**
   * One document the load did not bring into Synap.
   *
   * @param documentId the export's document id
   * @param status its last ingestion status in the journal
   * @param memories how many memories it created
   */
  public record UncoveredDocument(String documentId, String status, int memories) {}
}
