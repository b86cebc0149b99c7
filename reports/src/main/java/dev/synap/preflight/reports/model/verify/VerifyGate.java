package dev.synap.preflight.reports.model.verify;

import java.util.List;

/**
 * The verify gate's verdict: any scope leak fails it; so do mean recall under {@code minRecall} and
 * a known-item hit rate under {@code minKnownItem} (0 = that threshold is off), and with a journal
 * coverage under {@code minCoverage}.
 *
 * @param passed whether the gate passed
 * @param exitCode the process exit code ({@code 0} passed, {@code 1} failed)
 * @param minRecall the recall threshold
 * @param minKnownItem the known-item threshold
 * @param minCoverage the coverage threshold with a journal (1.0 = every document must be loaded
 *     with a memory), or null without a journal (then coverage is not measured)
 * @param reasons why it failed, one line each (empty when it passed)
 */
public record VerifyGate(
    boolean passed,
    int exitCode,
    double minRecall,
    double minKnownItem,
    Double minCoverage,
    List<String> reasons) {
  public VerifyGate {
    reasons = Lists.copy(reasons);
  }
}
