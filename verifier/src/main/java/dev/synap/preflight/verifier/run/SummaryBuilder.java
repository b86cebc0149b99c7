package dev.synap.preflight.verifier.run;

import dev.synap.preflight.verifier.attribution.AttributionMethod;
import dev.synap.preflight.verifier.metrics.Bootstrap;
import dev.synap.preflight.verifier.metrics.Percentiles;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** Folds query results into a {@link Summary}. */
final class SummaryBuilder {
  private SummaryBuilder() {}

  static Summary of(List<QueryResult> results, long seed) {
    Bootstrap bootstrap = Bootstrap.standard(seed);
    double[] latencies = results.stream().mapToDouble(QueryResult::latencyMillis).toArray();
    Map<String, Integer> methods = new TreeMap<>();
    for (AttributionMethod m : AttributionMethod.values()) {
      methods.put(m.id(), 0);
    }
    int items = 0;
    int leaks = 0;
    for (QueryResult r : results) {
      items += r.items().size();
      leaks += r.leaks().size();
      r.items().forEach(i -> methods.merge(i.attribution().method().id(), 1, Integer::sum));
    }
    return new Summary(
        results.size(),
        (int) results.stream().filter(r -> r.error() != null).count(),
        bootstrap.mean(values(results, QueryResult::recall)),
        bootstrap.mean(
            values(
                results,
                r -> r.knownItemHit() == null ? Double.NaN : r.knownItemHit() ? 1.0 : 0.0)),
        bootstrap.mean(values(results, QueryResult::jaccard)),
        bootstrap.mean(values(results, QueryResult::rbo)),
        latencies.length == 0 ? Double.NaN : Percentiles.nearestRank(latencies, 0.50),
        latencies.length == 0 ? Double.NaN : Percentiles.nearestRank(latencies, 0.95),
        latencies.length == 0 ? Double.NaN : Percentiles.nearestRank(latencies, 1.0),
        items,
        methods,
        leaks);
  }

  private static double[] values(List<QueryResult> results, ToDoubleFunction<QueryResult> f) {
    return results.stream().mapToDouble(f).toArray();
  }
}
