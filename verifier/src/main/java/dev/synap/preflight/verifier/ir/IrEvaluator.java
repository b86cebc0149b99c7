package dev.synap.preflight.verifier.ir;

import dev.synap.preflight.verifier.metrics.Bootstrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds labelled queries into an {@link IrResult}: per query the six measures of both runs, then
 * for all queries and for each tag the means with bootstrap intervals, the mean difference and its
 * randomization-test p-value. Seeded: the same queries and seed give the same numbers.
 */
public final class IrEvaluator {
  private final int k;
  private final long seed;
  private final int permutations;

  public IrEvaluator(int k, long seed, int permutations) {
    this.k = k;
    this.seed = seed;
    this.permutations = permutations;
  }

  /** The evaluation, or null when no labelled query could be measured. */
  public IrResult evaluate(List<LabelledQuery> queries) {
    if (queries.isEmpty()) {
      return null;
    }
    List<double[]> synap = new ArrayList<>();
    List<double[]> baseline = new ArrayList<>();
    Map<String, List<Integer>> byTag = new TreeMap<>();
    for (int i = 0; i < queries.size(); i++) {
      LabelledQuery q = queries.get(i);
      synap.add(QueryMeasures.of(q.synap(), q.relevant(), k).values());
      baseline.add(QueryMeasures.of(q.baseline(), q.relevant(), k).values());
      for (String tag : q.tags()) {
        byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(i);
      }
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      all.add(i);
    }
    List<IrGroup> groups = new ArrayList<>();
    groups.add(group(null, all, synap, baseline));
    byTag.forEach((tag, members) -> groups.add(group(tag, members, synap, baseline)));
    return new IrResult(k, permutations, groups);
  }

  private IrGroup group(
      String tag, List<Integer> members, List<double[]> synap, List<double[]> baseline) {
    Bootstrap bootstrap = Bootstrap.standard(seed);
    List<String> ids = IrMetric.ids(k);
    List<String> names = IrMetric.trecEvalNames(k);
    List<IrMetric> metrics = new ArrayList<>();
    for (int m = 0; m < ids.size(); m++) {
      double[] s = column(synap, members, m);
      double[] b = column(baseline, members, m);
      double diff = 0;
      for (int i = 0; i < s.length; i++) {
        diff += s[i] - b[i];
      }
      metrics.add(
          new IrMetric(
              ids.get(m),
              names.get(m),
              bootstrap.mean(s),
              bootstrap.mean(b),
              diff / s.length,
              RandomizationTest.pValue(s, b, permutations, seed + m)));
    }
    return new IrGroup(tag, members.size(), metrics);
  }

  private static double[] column(List<double[]> rows, List<Integer> members, int m) {
    double[] out = new double[members.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = rows.get(members.get(i))[m];
    }
    return out;
  }
}
