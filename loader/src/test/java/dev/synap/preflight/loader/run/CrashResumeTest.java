package dev.synap.preflight.loader.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.loader.journal.AppendHook;
import dev.synap.preflight.loader.journal.DocPhase;
import dev.synap.preflight.loader.journal.DocState;
import dev.synap.preflight.loader.journal.ExportFile;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalCodec;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.LoadState;
import dev.synap.preflight.loader.plan.DocumentSource;
import dev.synap.preflight.loader.plan.PlanOptions;
import dev.synap.preflight.loader.plan.SourceDocument;
import dev.synap.preflight.loader.testing.Crash;
import dev.synap.preflight.loader.testing.Crasher;
import dev.synap.preflight.loader.testing.Docs;
import dev.synap.preflight.loader.testing.FakeSynap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A load (then a rollback) killed over and over at random points (inside the service call, after
 * the service acted but before the answer arrived, before and after every journal append, with a
 * torn last record left behind), each time resumed from the journal, until it completes. Every
 * document must end loaded exactly once, nothing answered may be sent again, and rollback must
 * leave no memory of the load behind.
 */
class CrashResumeTest {
  private static final int DOCS = 120;

  @TempDir Path tmp;

  static List<Object[]> seeds() {
    List<Object[]> out = new java.util.ArrayList<>();
    FakeSynap.Policy[] policies = FakeSynap.Policy.values();
    for (long seed = 1; seed <= 16; seed++) {
      out.add(new Object[] {seed, policies[(int) (seed % policies.length)], 1 + (int) (seed % 4)});
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}, {1}, concurrency {2}")
  @MethodSource("seeds")
  void killedAtRandomPointsAndResumedLoadsEveryDocumentExactlyOnce(
      long seed, FakeSynap.Policy policy, int concurrency) throws Exception {
    Random random = new Random(seed);
    Crasher crasher = new Crasher(seed * 31, 0.04);
    Set<String> answeredOnDisk = ConcurrentHashMap.newKeySet();
    FakeSynap synap = new FakeSynap(seed, policy, crasher, 0.1, answeredOnDisk);
    List<SourceDocument> export = Docs.export(DOCS, true);
    AppendHook hook = hook(crasher, answeredOnDisk);
    Path dir = tmp.resolve("journal");
    LoadOptions options = quick(concurrency).withPlan(new PlanOptions(1 + random.nextInt(20), 0));

    Map<String, Integer> inFlightAtCrash = new HashMap<>();
    int crashes = 0;
    LoadResult result = null;
    for (int attempt = 0; result == null || !result.complete(); attempt++) {
      if (attempt == 60) {
        crasher.probability(0);
      }
      assertThat(attempt).as("load never completes").isLessThan(200);
      try (Journal journal = Journal.openForExport(dir, header(), hook)) {
        result =
            new LoadRun(journal, synap, options, Clock.systemUTC(), d -> {}, p -> {})
                .run(DocumentSource.of(export), new RunInfo(false, "passed", Map.of()), DOCS);
      } catch (Crash c) {
        crashes++;
        result = null;
        for (DocState d : Journal.readOnly(dir).docs()) {
          if (d.phase() == DocPhase.IN_FLIGHT) {
            inFlightAtCrash.merge(d.documentId(), 1, Integer::sum);
          }
        }
        maybeTear(dir.resolve(Journal.FILE), random);
      }
    }
    assertThat(crashes).as("the seed should crash the load at least once").isPositive();
    assertThat(synap.violations()).isEmpty();

    LoadState state = Journal.readOnly(dir);
    for (SourceDocument s : export) {
      String id = s.document().documentId();
      if (id == null || s.seq() == 9) {
        continue;
      }
      DocState d = state.doc(id);
      int extra = inFlightAtCrash.getOrDefault(id, 0) + synap.lost(id);
      assertThat(synap.sends(id)).as("sends of %s", id).isBetween(1, 1 + extra);
      if (id.contains("bad")) {
        assertThat(d.phase()).as(id).isEqualTo(DocPhase.REJECTED);
        assertThat(synap.holds(id)).isFalse();
      } else {
        assertThat(synap.creations(id)).as("creations of %s", id).isEqualTo(1);
        if (policy == FakeSynap.Policy.CONFLICT_ANONYMOUS && d.byConflict()) {
          assertThat(d.phase()).isEqualTo(DocPhase.LOADED_BY_CONFLICT);
        } else {
          assertThat(d.phase()).as(id).isEqualTo(DocPhase.COMPLETED);
          assertThat(d.memoryIds()).as(id).isEqualTo(synap.memoriesOf(id));
        }
      }
    }
    assertThat(state.skipped()).extracting(JournalRecord.Skipped::seq).containsExactly(5L, 9L);
    assertThat(manifestLines(dir)).isEqualTo(state.docs().size());

    rollBackUntilDone(dir, synap, crasher, concurrency, state, policy);
  }

  private void rollBackUntilDone(
      Path dir,
      FakeSynap synap,
      Crasher crasher,
      int concurrency,
      LoadState loaded,
      FakeSynap.Policy policy)
      throws Exception {
    crasher.probability(0.04);
    RollbackResult result = null;
    for (int attempt = 0; result == null || !result.failures().isEmpty(); attempt++) {
      if (attempt == 60) {
        crasher.probability(0);
      }
      assertThat(attempt).as("rollback never completes").isLessThan(200);
      try (Journal journal = Journal.open(dir, hook(crasher, ConcurrentHashMap.newKeySet()))) {
        result =
            new Rollback(journal, synap, quick(concurrency), Clock.systemUTC(), d -> {}, p -> {})
                .run(new RunInfo(false, "n/a", Map.of()));
      } catch (Crash c) {
        result = null;
      }
    }
    Set<String> left = synap.memories();
    if (policy == FakeSynap.Policy.CONFLICT_ANONYMOUS) {
      List<String> unknownDocs =
          result.unknown().stream().map(RollbackResult.Unknown::documentId).toList();
      assertThat(unknownDocs)
          .containsExactlyInAnyOrderElementsOf(
              loaded.docs().stream()
                  .filter(d -> d.phase() == DocPhase.LOADED_BY_CONFLICT)
                  .map(DocState::documentId)
                  .toList());
      assertThat(left)
          .containsExactlyInAnyOrderElementsOf(
              unknownDocs.stream().flatMap(id -> synap.memoriesOf(id).stream()).toList());
    } else {
      assertThat(result.unknown()).isEmpty();
      assertThat(left).isEmpty();
    }
  }

  private static AppendHook hook(Crasher crasher, Set<String> answeredOnDisk) {
    return new AppendHook() {
      @Override
      public void beforeAppend(JournalRecord record) {
        crasher.maybe("before journal append of " + record.getClass().getSimpleName());
      }

      @Override
      public void afterAppend(JournalRecord record) {
        if (record instanceof JournalRecord.BatchResult r) {
          r.items().forEach(i -> answeredOnDisk.add(i.documentId()));
        }
        crasher.maybe("after journal append of " + record.getClass().getSimpleName());
      }
    };
  }

  /** Half the time, leaves a torn record behind, as a crash in the middle of a write would. */
  private static void maybeTear(Path file, Random random) throws IOException {
    if (!Files.exists(file) || random.nextBoolean()) {
      return;
    }
    byte[] line = JournalCodec.encode(new JournalRecord.BatchSent(999_999, List.of("torn", "x")));
    byte[] torn = Arrays.copyOf(line, 1 + random.nextInt(line.length - 1));
    Files.write(file, torn, StandardOpenOption.APPEND);
  }

  static LoadOptions quick(int concurrency) {
    return new LoadOptions(
        new PlanOptions(10, 0),
        concurrency,
        3,
        Duration.ZERO,
        Duration.ZERO,
        Duration.ZERO,
        Duration.ofMinutes(5));
  }

  static JournalRecord.Header header() {
    return new JournalRecord.Header(
        1,
        "test",
        "2026-11-24T00:00:00Z",
        "generic",
        List.of(new ExportFile("export.jsonl", 100, "ab".repeat(32))),
        Map.of("batch-size", "10"));
  }

  private static long manifestLines(Path dir) throws IOException {
    return Files.readAllLines(dir.resolve(Manifest.FILE)).size();
  }
}
