package dev.synap.preflight.verifier.ir;

import java.util.List;

/**
 * The metrics of a group of labelled queries: all of them, or those carrying one tag.
 *
 * @param tag the tag, or null for all labelled queries
 * @param queries how many queries the group holds
 * @param metrics the six metrics in report order
 */
public record IrGroup(String tag, int queries, List<IrMetric> metrics) {
  public IrGroup {
    metrics = List.copyOf(metrics);
  }
}
