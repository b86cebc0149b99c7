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
  private final RecordCounts counts;
  private final List<String> internalErrors = new ArrayList<>();

  Aggregator(CheckConfig config, List<String> files, int fileCount, Baseline baseline) {
    this.config = config;
    this.tally =
        new FindingTally(config.maxExamples(), baseline == null ? null : baseline.matcher());
    this.duplicates = new DuplicateTracker(config, files);
    this.stats = new RunStats(config.instance());
    this.counts = new RecordCounts(fileCount);
  }

  void add(ProcessedRecord r) {
    counts.add(r);
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
    return counts.records(fileIndex);
  }

  ValidationResult result(List<InputSummary> inputs, long millis) {
    return new ValidationResult(
        config,
        inputs,
        counts.records(),
        counts.documents(),
        duplicates.distinctIds(),
        tally.tallies(),
        List.copyOf(tally.examples()),
        stats.sizes(),
        stats.months(),
        stats.scopes(TOP_SCOPES),
        List.copyOf(internalErrors),
        millis,
        counts.bySourceType(),
        counts.skipped(),
        tally.baseline());
  }
}
