package dev.synap.preflight.reports.model;

import java.util.List;

/**
 * Distributions over the documents, buckets in display order.
 *
 * @param documentBytes documents by UTF-8 size of their text
 * @param createdAtMonths documents by {@code created_at} month (UTC), oldest first
 */
public record Histograms(List<Bucket> documentBytes, List<Bucket> createdAtMonths) {

  public Histograms {
    documentBytes = Copies.list(documentBytes);
    createdAtMonths = Copies.list(createdAtMonths);
  }
}
