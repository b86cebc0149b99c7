package dev.synap.preflight.loader.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.loader.journal.AppendHook;
import dev.synap.preflight.loader.journal.DocPhase;
import dev.synap.preflight.loader.journal.DocState;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.LoadState;
import dev.synap.preflight.loader.plan.SourceDocument;
import dev.synap.preflight.loader.run.LoadResult;
import dev.synap.preflight.loader.run.RollbackResult;
import dev.synap.preflight.loader.testing.Crash;
import dev.synap.preflight.loader.testing.Crasher;
import dev.synap.preflight.loader.testing.Docs;
import dev.synap.preflight.standin.DuplicatePolicy;
import dev.synap.preflight.standin.store.StoredMemory;
import dev.synap.preflight.synap.wire.CreateMemoryRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Loads into the in-process stand-in over HTTP with its faults on: 5xx, connection resets, 429
 * bursts, timeouts (latency over the client's timeout for a while), per-document rejections, each
 * duplicate-id policy, crashes between any two journal steps, and the stand-in restarted on its
 * state directory mid-load.
 */
class StandinLoadTest {
  @TempDir Path tmp;

  private static List<String> goodIds(List<SourceDocument> export) {
    return export.stream()
        .filter(s -> s.seq() != 9)
        .map(s -> s.document().documentId())
        .filter(id -> id != null && !id.contains("bad"))
        .toList();
  }

  private static Map<String, Set<String>> ingestionsByDocument(List<StoredMemory> memories) {
    return memories.stream()
        .collect(
            Collectors.groupingBy(
                StoredMemory::documentId,
                Collectors.mapping(StoredMemory::ingestionId, Collectors.toSet())));
  }

  @ParameterizedTest
  @EnumSource(DuplicatePolicy.class)
  void underFaultsEveryDocumentIsLoadedOnceAndRollbackRemovesEveryMemory(DuplicatePolicy policy)
      throws Exception {
    List<SourceDocument> export = Docs.export(120, true);
    Path journal = tmp.resolve("journal");
    try (StandinHarness h = new StandinHarness(tmp.resolve("state"), policy)) {
      h.server().faults().errorRate(0.2).resetRate(0.05).failNext(4, 429);
      AtomicInteger events = new AtomicInteger();
      // slow answers (past the client's timeout) from the second event until the journal shows a
      // batch left unanswered, then a short burst of 503s
      java.util.concurrent.atomic.AtomicBoolean slow =
          new java.util.concurrent.atomic.AtomicBoolean();
      Runnable endSlowness =
          () -> {
            try {
              if (slow.get() && Journal.readOnly(journal).failedBatches() > 0) {
                slow.set(false);
                h.server().faults().latency(java.time.Duration.ZERO).failNext(3, 503);
              }
            } catch (JournalException e) {
              throw new IllegalStateException(e);
            }
          };
      LoadResult result = null;
      for (int run = 0; result == null || !result.complete(); run++) {
        assertThat(run).as("load never completes").isLessThan(30);
        endSlowness.run();
        result =
            h.load(
                journal,
                export,
                AppendHook.NONE,
                p -> {
                  if (events.incrementAndGet() == 2) {
                    slow.set(true);
                    h.server().faults().latency(java.time.Duration.ofMillis(1200));
                  } else {
                    endSlowness.run();
                  }
                });
      }
      LoadState state = Journal.readOnly(journal);
      assertThat(state.failedBatches()).as("timeouts left batches unanswered").isPositive();
      for (SourceDocument s : export) {
        String id = s.document().documentId();
        if (id != null && id.contains("bad")) {
          assertThat(state.doc(id).phase()).isEqualTo(DocPhase.REJECTED);
          assertThat(state.doc(id).error()).contains("document_type");
          assertThat(state.doc(id).origin()).isEqualTo(s.origin());
        }
      }
      List<StoredMemory> stored = h.memories();
      Map<String, Set<String>> byDoc = ingestionsByDocument(stored);
      assertThat(byDoc.keySet()).containsExactlyInAnyOrderElementsOf(goodIds(export));
      if (policy != DuplicatePolicy.UPSERT) {
        byDoc.forEach((doc, ings) -> assertThat(ings).as("ingestions of %s", doc).hasSize(1));
      }
      for (String id : goodIds(export)) {
        DocState d = state.doc(id);
        if (d.phase() == DocPhase.COMPLETED) {
          assertThat(byDoc.get(id)).containsExactly(d.ingestionId());
        } else {
          assertThat(d.phase()).as(id).isEqualTo(DocPhase.LOADED_BY_CONFLICT);
        }
      }
      RollbackResult rb = null;
      for (int run = 0; rb == null || !rb.failures().isEmpty(); run++) {
        assertThat(run).as("rollback never completes").isLessThan(30);
        rb = h.rollback(journal, AppendHook.NONE);
      }
      Set<String> unknown =
          rb.unknown().stream().map(RollbackResult.Unknown::documentId).collect(Collectors.toSet());
      assertThat(h.memories()).allSatisfy(m -> assertThat(unknown).contains(m.documentId()));
      assertThat(unknown)
          .allSatisfy(
              id -> assertThat(state.doc(id).phase()).isEqualTo(DocPhase.LOADED_BY_CONFLICT));
      RollbackResult recovered = null;
      for (int run = 0; recovered == null || !recovered.failures().isEmpty(); run++) {
        assertThat(run).as("recovering rollback never completes").isLessThan(30);
        recovered = h.rollback(journal, AppendHook.NONE, export);
      }
      assertThat(recovered.unknown()).isEmpty();
      assertThat(recovered.recovered())
          .extracting(RollbackResult.Recovered::documentId)
          .containsExactlyInAnyOrderElementsOf(unknown);
      assertThat(h.memories()).as("memories of the load left in the stand-in").isEmpty();
    }
  }

  @Test
  void killedAtRandomStepsWithTheStandinRestartedMidLoadStillLoadsEachDocumentOnce()
      throws Exception {
    List<SourceDocument> export = Docs.export(100, true);
    Path journal = tmp.resolve("journal");
    Random random = new Random(11);
    Crasher crasher = new Crasher(5, 0.05);
    AppendHook hook =
        new AppendHook() {
          @Override
          public void beforeAppend(JournalRecord record) {
            crasher.maybe("before " + record.getClass().getSimpleName());
          }

          @Override
          public void afterAppend(JournalRecord record) {
            crasher.maybe("after " + record.getClass().getSimpleName());
          }
        };
    try (StandinHarness h = new StandinHarness(tmp.resolve("state"), DuplicatePolicy.CONFLICT)) {
      int crashes = 0;
      LoadResult result = null;
      for (int run = 0; result == null || !result.complete(); run++) {
        assertThat(run).as("load never completes").isLessThan(100);
        if (run == 40) {
          crasher.probability(0);
        }
        if (random.nextBoolean()) {
          h.restart();
        }
        try {
          result = h.load(journal, export, hook, p -> {});
        } catch (Crash c) {
          crashes++;
          result = null;
        }
      }
      assertThat(crashes).isPositive();
      LoadState state = Journal.readOnly(journal);
      Map<String, Set<String>> byDoc = ingestionsByDocument(h.memories());
      assertThat(byDoc.keySet()).containsExactlyInAnyOrderElementsOf(goodIds(export));
      byDoc.forEach((doc, ings) -> assertThat(ings).as("ingestions of %s", doc).hasSize(1));

      RollbackResult rb = null;
      for (int run = 0; rb == null || !rb.failures().isEmpty(); run++) {
        assertThat(run).as("rollback never completes").isLessThan(100);
        if (run == 40) {
          crasher.probability(0);
        }
        try {
          rb = h.rollback(journal, hook);
        } catch (Crash c) {
          rb = null;
        }
      }
      Set<String> byConflict =
          state.docs().stream()
              .filter(d -> d.phase() == DocPhase.LOADED_BY_CONFLICT)
              .map(DocState::documentId)
              .collect(Collectors.toSet());
      assertThat(byConflict).as("crashes left documents loaded by conflict").isNotEmpty();
      assertThat(rb.unknown())
          .extracting(RollbackResult.Unknown::documentId)
          .containsExactlyInAnyOrderElementsOf(byConflict);
      List<StoredMemory> left = h.memories();
      assertThat(left)
          .isNotEmpty()
          .allSatisfy(m -> assertThat(byConflict).contains(m.documentId()));

      RollbackResult recovered = null;
      for (int run = 0; recovered == null || !recovered.failures().isEmpty(); run++) {
        assertThat(run).as("recovering rollback never completes").isLessThan(100);
        if (run == 40) {
          crasher.probability(0);
        }
        try {
          recovered = h.rollback(journal, hook, export);
        } catch (Crash c) {
          recovered = null;
        }
      }
      assertThat(recovered.unknown()).isEmpty();
      assertThat(recovered.complete()).isTrue();
      assertThat(recovered.recovered())
          .extracting(RollbackResult.Recovered::documentId)
          .containsExactlyInAnyOrderElementsOf(byConflict);
      for (RollbackResult.Recovered r : recovered.recovered()) {
        assertThat(r.memories())
            .as("memories recovered for %s", r.documentId())
            .isEqualTo(left.stream().filter(m -> m.documentId().equals(r.documentId())).count());
      }
      assertThat(h.memories()).as("memories of the load left in the stand-in").isEmpty();
      LoadState after = Journal.readOnly(journal);
      for (String id : byConflict) {
        assertThat(after.recoveredMemories(id)).allSatisfy(m -> assertThat(after.isDeleted(m)));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(DuplicatePolicy.class)
  void aDocumentInFlightWhenTheLoadDiedCountsAsLoadedOnResume(DuplicatePolicy policy)
      throws Exception {
    List<SourceDocument> export = Docs.export(15, false);
    Path journal = tmp.resolve("journal");
    AppendHook dieBeforeFirstAnswer =
        new AppendHook() {
          @Override
          public void beforeAppend(JournalRecord record) {
            if (record instanceof JournalRecord.BatchResult) {
              throw new Crash("answer received, not journaled");
            }
          }
        };
    try (StandinHarness h = new StandinHarness(tmp.resolve("state"), policy)) {
      try {
        h.load(journal, export, dieBeforeFirstAnswer, p -> {});
      } catch (Crash expected) {
        // the whole first batch reached the stand-in; the journal has it in flight
      }
      assertThat(Journal.readOnly(journal).tally().inFlight()).isEqualTo(15);
      LoadResult result = h.load(journal, export, AppendHook.NONE, p -> {});
      assertThat(result.complete()).isTrue();
      LoadState state = Journal.readOnly(journal);
      DocPhase expected =
          policy == DuplicatePolicy.UPSERT ? DocPhase.COMPLETED : DocPhase.LOADED_BY_CONFLICT;
      assertThat(state.docs())
          .filteredOn(d -> !d.documentId().contains("bad"))
          .allSatisfy(d -> assertThat(d.phase()).isEqualTo(expected));
      assertThat(result.tally().rejected()).isZero();
      assertThat(ingestionsByDocument(h.memories())).hasSize(15);
    }
  }

  @Test
  void aDocumentAlreadyInSynapIsRejectedAndRollbackLeavesItAlone() throws Exception {
    List<SourceDocument> export = Docs.export(12, false);
    Path journal = tmp.resolve("journal");
    try (StandinHarness h = new StandinHarness(tmp.resolve("state"), DuplicatePolicy.CONFLICT)) {
      h.service().client().create(CreateMemoryRequest.of("d4", "User: I live in Porto."));
      h.server().awaitIdle(java.time.Duration.ofSeconds(10));
      LoadResult result = h.load(journal, export, AppendHook.NONE, p -> {});
      DocState d4 = Journal.readOnly(journal).doc("d4");
      assertThat(d4.phase()).isEqualTo(DocPhase.REJECTED);
      assertThat(d4.error()).contains("already in Synap, not sent by this load");
      assertThat(result.tally().rejected()).isEqualTo(1);
      RollbackResult rb = h.rollback(journal, AppendHook.NONE);
      assertThat(rb.complete()).isTrue();
      assertThat(h.memories())
          .isNotEmpty()
          .allSatisfy(m -> assertThat(m.documentId()).isEqualTo("d4"));
    }
  }
}
