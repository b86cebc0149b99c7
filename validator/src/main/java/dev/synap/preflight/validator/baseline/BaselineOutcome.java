package dev.synap.preflight.validator.baseline;

import java.util.BitSet;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run's matching against a baseline found. The new and still-present counts per rule are in
 * the run's rule tallies; this holds what only the matching knows.
 *
 * @param source where the baseline came from
 * @param baselineFindings findings the baseline accepted in all
 * @param fixedByRule baseline findings this run no longer has, per rule id (rules with none left
 *     out)
 * @param acceptedExamples which of the run's kept examples (by index in its finding list) the
 *     baseline accepted; the others are new
 */
public record BaselineOutcome(
    String source, long baselineFindings, Map<String, Long> fixedByRule, BitSet acceptedExamples) {
  public BaselineOutcome {
    fixedByRule = Collections.unmodifiableMap(new TreeMap<>(fixedByRule));
    acceptedExamples = (BitSet) acceptedExamples.clone();
  }

  /** Baseline findings this run no longer has. */
  public long fixed() {
    return fixedByRule.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Fixed findings of one rule id. */
  public long fixed(String rule) {
    return fixedByRule.getOrDefault(rule, 0L);
  }

  /** Whether the run's kept example at {@code index} was accepted by the baseline. */
  public boolean accepted(int index) {
    return acceptedExamples.get(index);
  }

  @Override
  public BitSet acceptedExamples() {
    return (BitSet) acceptedExamples.clone();
  }
}
