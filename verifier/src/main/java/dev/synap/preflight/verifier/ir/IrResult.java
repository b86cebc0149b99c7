package dev.synap.preflight.verifier.ir;

import java.util.List;

/**
 * The IR evaluation of a labelled query set.
 *
 * @param k the cut-off
 * @param permutations permutations of each randomization test
 * @param groups all labelled queries first, then one group per tag in tag order
 */
public record IrResult(int k, int permutations, List<IrGroup> groups) {
  public IrResult {
    groups = List.copyOf(groups);
  }
}
