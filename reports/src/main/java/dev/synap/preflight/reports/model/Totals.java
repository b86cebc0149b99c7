package dev.synap.preflight.reports.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact counts over the whole run (never capped by {@code maxExamples}).
 *
 * @param records records read from all inputs
 * @param documents records that decoded to a mappable object
 * @param findings all findings, of every severity
 * @param errors findings of severity {@code error}
 * @param warnings findings of severity {@code warning}
 * @param infos findings of severity {@code info}
 * @param distinctIds distinct document ids seen
 * @param documentsBySourceType documents per kind of source item (memory, message, block, fact,
 *     record for the simple profiles), sorted by kind
 * @param skippedByReason source items the profiles skipped on purpose, per reason
 */
public record Totals(
    long records,
    long documents,
    long findings,
    long errors,
    long warnings,
    long infos,
    long distinctIds,
    Map<String, Long> documentsBySourceType,
    Map<String, Long> skippedByReason) {
  public Totals {
    documentsBySourceType = Collections.unmodifiableMap(new TreeMap<>(documentsBySourceType));
    skippedByReason = Collections.unmodifiableMap(new TreeMap<>(skippedByReason));
  }

  /** Totals without source-type counts (documents counted as {@code record}). */
  public Totals(
      long records,
      long documents,
      long findings,
      long errors,
      long warnings,
      long infos,
      long distinctIds) {
    this(
        records,
        documents,
        findings,
        errors,
        warnings,
        infos,
        distinctIds,
        documents > 0 ? Map.of("record", documents) : Map.of(),
        Map.of());
  }
}
