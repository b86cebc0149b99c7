package dev.synap.preflight.verifier.run;

import dev.synap.preflight.verifier.attribution.Attribution;
import dev.synap.preflight.verifier.attribution.Attributor;
import dev.synap.preflight.verifier.index.BaselineIndex;
import dev.synap.preflight.verifier.index.Hit;
import dev.synap.preflight.verifier.leak.LeakDetector;
import dev.synap.preflight.verifier.leak.ScopeLeak;
import dev.synap.preflight.verifier.metrics.RankingMetrics;
import dev.synap.preflight.verifier.metrics.Rbo;
import dev.synap.preflight.verifier.query.VerifyQuery;
import dev.synap.preflight.verifier.replay.FetchedItem;
import dev.synap.preflight.verifier.replay.Replay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns one replay into a {@link QueryResult}: baseline, attribution, leaks, metrics. */
final class QueryEvaluator {
  /** RBO persistence: the top 10 carry about 86% of the weight. */
  static final double RBO_P = 0.9;

  private final BaselineIndex index;
  private final Attributor attributor;
  private final LeakDetector leaks;
  private final int k;

  QueryEvaluator(BaselineIndex index, Attributor attributor, int k) {
    this.index = index;
    this.attributor = attributor;
    this.leaks = new LeakDetector(index);
    this.k = k;
  }

  QueryResult evaluate(Replay replay) {
    VerifyQuery q = replay.query();
    List<Hit> baseline = index.search(q.scope(), q.text(), k);
    List<String> baselineIds = baseline.stream().map(Hit::documentId).toList();
    Boolean baselineHit =
        q.knownItem() ? RankingMetrics.hitAtK(q.expectedDocumentIds(), baselineIds, k) : null;
    double latency = replay.latencyNanos() / 1e6;
    if (replay.failed()) {
      return new QueryResult(
          q,
          baseline,
          List.of(),
          List.of(),
          Double.NaN,
          null,
          baselineHit,
          Double.NaN,
          Double.NaN,
          latency,
          replay.error(),
          List.of());
    }
    List<AttributedItem> items = new ArrayList<>();
    List<ScopeLeak> found = new ArrayList<>();
    Set<String> ranking = new LinkedHashSet<>();
    int rank = 1;
    for (FetchedItem item : replay.items()) {
      Attribution a = attributor.attribute(item);
      Optional<ScopeLeak> leak = leaks.check(q.id(), q.scope(), item, a);
      leak.ifPresent(found::add);
      items.add(new AttributedItem(rank++, item, a, leak.isPresent()));
      if (a.attributed()) {
        ranking.add(a.documentId());
      }
    }
    List<String> synap = List.copyOf(ranking);
    return new QueryResult(
        q,
        baseline,
        items,
        synap,
        RankingMetrics.recallAtK(baselineIds, synap, k),
        q.knownItem() ? RankingMetrics.hitAtK(q.expectedDocumentIds(), synap, k) : null,
        baselineHit,
        RankingMetrics.jaccardAtK(baselineIds, synap, k),
        Rbo.extrapolated(baselineIds, synap.subList(0, Math.min(k, synap.size())), RBO_P),
        latency,
        null,
        found);
  }
}
