package dev.synap.preflight.reports.model.verify;

import java.util.List;

/**
 * The local BM25 baseline.
 *
 * @param description one line, e.g. {@code BM25(k1=0.9, b=0.4), analyzer english, instance b2c}
 * @param similarity the ranking function, {@code BM25}
 * @param k1 BM25 term-frequency saturation
 * @param b BM25 length normalisation
 * @param analyzer the Lucene analyzer ({@code english} or {@code standard})
 * @param exportSha256 the export's fingerprint the index was built from
 * @param documents documents in the index
 * @param skippedRecords export records that were not usable documents (left out of the baseline)
 * @param skippedExamples a few of them, as {@code file:line: why}
 * @param reused whether the index was reused from disk
 * @param buildMillis how long building the index took (reading the export, indexing, committing,
 *     checking the result), or null when it was reused
 */
public record BaselineInfo(
    String description,
    String similarity,
    double k1,
    double b,
    String analyzer,
    String exportSha256,
    long documents,
    long skippedRecords,
    List<String> skippedExamples,
    boolean reused,
    Long buildMillis) {
  public BaselineInfo {
    skippedExamples = Lists.copy(skippedExamples);
  }
}
