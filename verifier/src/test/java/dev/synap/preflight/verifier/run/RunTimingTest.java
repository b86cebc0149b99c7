package dev.synap.preflight.verifier.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.verifier.TestCorpus;
import dev.synap.preflight.verifier.attribution.Attributor;
import dev.synap.preflight.verifier.attribution.ContentAttributor;
import dev.synap.preflight.verifier.attribution.MemorySourceLookup;
import dev.synap.preflight.verifier.index.BaselineIndex;
import dev.synap.preflight.verifier.index.IndexSettings;
import dev.synap.preflight.verifier.query.VerifyQuery;
import dev.synap.preflight.verifier.replay.ContextFetcher;
import dev.synap.preflight.verifier.scope.QueryScope;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run's timings come from the clock it is given: the baseline build covers reading the export
 * (the document source), the replay covers every fetch. A manual clock that only the fake export
 * and the fake service move makes both exact.
 */
class RunTimingTest {
  private static final String SHA = "d".repeat(64);
  private static final IndexSettings SETTINGS = IndexSettings.defaults(Instance.B2B);

  @TempDir Path dir;
  private final AtomicLong clock = new AtomicLong(5_000_000_000L);
  private final List<MemoryDocument> docs = TestCorpus.generated(40, new Random(3));

  private BaselineIndex open() {
    return BaselineIndex.openOrBuild(
        dir,
        SHA,
        SETTINGS,
        sink -> {
          for (MemoryDocument d : docs) {
            clock.addAndGet(Duration.ofMillis(50).toNanos()); // reading one record
            sink.accept(d);
          }
        },
        clock::get);
  }

  @Test
  void aBuildIsTimedAndAReusedIndexIsNot() throws Exception {
    try (BaselineIndex built = open()) {
      assertThat(built.reused()).isFalse();
      assertThat(built.buildTime()).contains(Duration.ofMillis(50L * docs.size()));
      assertThat(built.documentCount()).isEqualTo(docs.size());
    }
    try (BaselineIndex reused = open()) {
      assertThat(reused.reused()).isTrue();
      assertThat(reused.buildTime()).isEmpty();
    }
  }

  @Test
  void theReplayTimeSpansEveryFetchAndTheResultCarriesBothTimings() throws Exception {
    try (BaselineIndex index = open()) {
      List<VerifyQuery> queries = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        queries.add(new VerifyQuery("q" + i, "kalo mine", QueryScope.client(), List.of(), false));
      }
      ContextFetcher slow =
          (scope, text, max) -> {
            clock.addAndGet(Duration.ofMillis(250).toNanos());
            return List.of();
          };
      Attributor attributor =
          new Attributor(null, MemorySourceLookup.none(), ContentAttributor.withDefaults(index));
      VerificationResult r =
          new Verifier(index, SHA, attributor, null, new VerifyOptions(10, 0, 0, 1, 42), clock::get)
              .verify(queries, slow);
      assertThat(r.replayTime()).isEqualTo(Duration.ofMillis(7 * 250));
      assertThat(r.baselineBuildTime()).isEqualTo(Duration.ofMillis(50L * docs.size()));
      assertThat(r.baselineReused()).isFalse();
      assertThat(r.summary().latencyMaxMillis()).isEqualTo(250.0);
    }
  }
}
