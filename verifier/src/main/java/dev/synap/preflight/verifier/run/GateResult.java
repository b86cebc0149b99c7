package dev.synap.preflight.verifier.run;

import java.util.List;

/**
 * The gate's verdict.
 *
 * @param passed whether the run passed (exit code 0; else 1)
 * @param reasons why it failed, one line each (empty when it passed)
 */
public record GateResult(boolean passed, List<String> reasons) {
  public GateResult {
    reasons = List.copyOf(reasons);
  }

  /** DESIGN's exit code for this verdict: 0 passed, 1 failed. */
  public int exitCode() {
    return passed ? 0 : 1;
  }
}
