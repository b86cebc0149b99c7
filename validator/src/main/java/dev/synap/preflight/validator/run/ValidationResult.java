package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.Severity;
import dev.synap.preflight.validator.baseline.BaselineOutcome;
import dev.synap.preflight.validator.finding.Finding;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a validation run.
 *
 * @param config the effective configuration
 * @param inputs every input file, in command-line order
 * @param records records read (lines, elements, CSV rows)
 * @param documents records that decoded to an object and were mapped
 * @param distinctIds distinct document ids
 * @param tallies exact counts per rule, in rule order
 * @param findings the kept examples, in input order (at most max-examples per rule)
 * @param documentSizes document counts per size bucket ({@link #SIZE_LABELS})
 * @param createdMonths document counts per creation month ({@code yyyy-MM}, and {@code none})
 * @param scopes documents per scope, busiest users and customers
 * @param internalErrors bugs met while checking (each names file and line); normally empty
 * @param durationMillis wall time of the run
 * @param documentsBySourceType documents per kind of source item (memory, message, block, fact,
 *     record for the simple profiles), sorted by kind
 * @param skippedByReason source items the profiles skipped on purpose, per reason
 * @param baseline the matching against {@code --baseline}, or null without one
 */
public record ValidationResult(
    CheckConfig config,
    List<InputSummary> inputs,
    long records,
    long documents,
    long distinctIds,
    List<RuleTally> tallies,
    List<Finding> findings,
    long[] documentSizes,
    Map<String, Long> createdMonths,
    ScopeCounts scopes,
    List<String> internalErrors,
    long durationMillis,
    Map<String, Long> documentsBySourceType,
    Map<String, Long> skippedByReason,
    BaselineOutcome baseline) {

  /** Labels of {@link #documentSizes()}. */
  public static final List<String> SIZE_LABELS = RunStats.SIZE_LABELS;

  /** Findings of one severity, over all rules. */
  public long count(Severity severity) {
    long n = 0;
    for (RuleTally t : tallies) {
      n +=
          switch (severity) {
            case ERROR -> t.errors();
            case WARNING -> t.warnings();
            case INFO -> t.infos();
          };
    }
    return n;
  }

  /** Findings a baseline accepted, of one severity, over all rules (0 without a baseline). */
  public long accepted(Severity severity) {
    long n = 0;
    for (RuleTally t : tallies) {
      n +=
          switch (severity) {
            case ERROR -> t.acceptedErrors();
            case WARNING -> t.acceptedWarnings();
            case INFO -> t.acceptedInfos();
          };
    }
    return n;
  }

  /**
   * Findings at or above the gate's threshold that count for the gate: all of them, or with a
   * baseline only the new ones.
   */
  public long gateFindings() {
    long n = count(Severity.ERROR) - accepted(Severity.ERROR);
    return config.failOn() == Severity.WARNING
        ? n + count(Severity.WARNING) - accepted(Severity.WARNING)
        : n;
  }

  /** Findings at or above the gate's threshold that a baseline accepted. */
  public long acceptedGateFindings() {
    long n = accepted(Severity.ERROR);
    return config.failOn() == Severity.WARNING ? n + accepted(Severity.WARNING) : n;
  }

  /** True when some input could not be read (fully) or checking hit a bug. */
  public boolean incomplete() {
    return !internalErrors.isEmpty() || inputs.stream().anyMatch(i -> i.error() != null);
  }
}
