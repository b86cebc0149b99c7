package dev.synap.preflight.verifier.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.verifier.query.VerifyQuery;
import dev.synap.preflight.verifier.scope.QueryScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ReplayEngineTest {
  private static List<VerifyQuery> queries(int n) {
    List<VerifyQuery> qs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      qs.add(new VerifyQuery("q" + i, "text " + i, QueryScope.client(), List.of(), false));
    }
    return qs;
  }

  @Test
  void errorsAreRecordedPerQueryAndTheRunGoesOn() throws Exception {
    ContextFetcher fetcher =
        (scope, query, max) -> {
          if (query.endsWith("3")) {
            throw new java.io.IOException("connection reset");
          }
          if (query.endsWith("4")) {
            return null;
          }
          return List.of(new FetchedItem("m-" + query, "facts", query, 0.5, Map.of()));
        };
    AtomicLong clock = new AtomicLong();
    List<Replay> out =
        new ReplayEngine(fetcher, 3, () -> clock.addAndGet(1_000_000))
            .run(queries(6), 10, Function.identity());
    assertThat(out)
        .extracting(r -> r.query().id())
        .containsExactly("q0", "q1", "q2", "q3", "q4", "q5");
    assertThat(out.get(3).error()).isEqualTo("IOException: connection reset");
    assertThat(out.get(3).items()).isEmpty();
    assertThat(out.get(4).error()).isEqualTo("the fetch returned no item list");
    assertThat(out.get(5).failed()).isFalse();
    assertThat(out.get(5).items()).extracting(FetchedItem::id).containsExactly("m-text 5");
    assertThat(out).allMatch(r -> r.latencyNanos() > 0);
  }

  @Test
  void neverMoreFetchesInFlightThanTheConcurrency() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    ContextFetcher fetcher =
        (scope, query, max) -> {
          int now = inFlight.incrementAndGet();
          peak.accumulateAndGet(now, Math::max);
          Thread.sleep(2);
          inFlight.decrementAndGet();
          return List.of();
        };
    List<Replay> out = new ReplayEngine(fetcher, 2, System::nanoTime).run(queries(40), 10, r -> r);
    assertThat(out).hasSize(40).noneMatch(Replay::failed);
    assertThat(peak.get()).isBetween(1, 2);
  }

  @Test
  void maxResultsIsPassedThrough() throws Exception {
    List<Integer> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    new ReplayEngine(
            (s, q, max) -> {
              seen.add(max);
              return List.of();
            },
            1,
            System::nanoTime)
        .run(queries(2), 7, r -> r);
    assertThat(seen).containsExactly(7, 7);
  }
}
