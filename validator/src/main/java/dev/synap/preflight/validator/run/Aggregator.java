package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.validator.baseline.Baseline;
import java.util.ArrayList;
import java.util.List;

/** Folds processed records, in input order, into the counts of a {@link ValidationResult}. */
final class Aggregator {
  private static final int TOP_SCOPES = 25;

  private final CheckConfig config;
  private final FindingTally tally;
  private final DuplicateTracker duplicates;
  private final RunStats stats;
  private final long[] recordsPerFile;
  private final List<String> internalErrors = new ArrayList<>();
  private long records;
  private long documents;
  private final java.util.TreeMap<String, Long> bySourceType = new java.util.TreeMap<>();
  private final java.util.TreeMap<String, Long> skipped = new java.util.TreeMap<>();

  Aggregator(CheckConfig config, List<String> files, int fileCount, Baseline baseline) {
    this.config = config;
    this.tally =
        new FindingTally(config.maxExamples(), baseline == null ? null : baseline.matcher());
    this.duplicates = new DuplicateTracker(config, files);
    this.stats = new RunStats(config.instance());
    this.recordsPerFile = new long[fileCount];
  }

  void add(ProcessedRecord r) {
    if (r.isRecord()) {
      records++;
      recordsPerFile[r.fileIndex()]++;
    }
    if (r.isDocument()) {
      documents++;
      if (r.sourceType() != null) {
        bySourceType.merge(r.sourceType(), 1L, Long::sum);
      }
    }
    for (String reason : r.skipped()) {
      skipped.merge(reason, 1L, Long::sum);
    }
    tally.addAll(r.findings());
    tally.addAll(duplicates.check(r));
    stats.add(r);
    if (r.internalError() != null) {
      internalErrors.add(r.internalError());
    }
  }

  void internalError(String message) {
    internalErrors.add(message);
  }

  long records(int fileIndex) {
    return recordsPerFile[fileIndex];
  }

  ValidationResult result(List<InputSummary> inputs, long millis) {
    return new ValidationResult(
        config,
        inputs,
        records,
        documents,
        duplicates.distinctIds(),
        tally.tallies(),
        List.copyOf(tally.examples()),
        stats.sizes(),
        stats.months(),
        stats.scopes(TOP_SCOPES),
        List.copyOf(internalErrors),
        millis,
        java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(bySourceType)),
        java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(skipped)),
        tally.baseline());
  }
}
