package dev.synap.preflight.validator.baseline;

import dev.synap.preflight.validator.finding.Finding;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run's matching against a {@link Baseline}: each finding, in input order, either takes one of
 * its key's accepted occurrences (still present) or is new. Not thread-safe: the validation's
 * aggregator thread alone uses it.
 */
public final class BaselineMatcher {
  private final Baseline baseline;
  private final Map<BaselineKey, Long> left;

  BaselineMatcher(Baseline baseline) {
    this.baseline = baseline;
    this.left = new HashMap<>(baseline.counts());
  }

  /** The baseline matched against. */
  public Baseline baseline() {
    return baseline;
  }

  /** Whether {@code f} was accepted by the baseline (and takes one of its occurrences). */
  public boolean accept(Finding f) {
    BaselineKey key = BaselineKey.of(f);
    Long n = left.get(key);
    if (n == null) {
      return false;
    }
    if (n == 1) {
      left.remove(key);
    } else {
      left.put(key, n - 1);
    }
    return true;
  }

  /** Baseline findings this run did not have (so far), per rule id, sorted by rule id. */
  public Map<String, Long> fixedByRule() {
    Map<String, Long> out = new TreeMap<>();
    left.forEach((k, n) -> out.merge(k.rule(), n, Long::sum));
    return out;
  }
}
