package dev.synap.preflight.loader.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synap.preflight.loader.journal.ItemResult;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.LoadState;
import dev.synap.preflight.loader.testing.Docs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchPlannerTest {

  private static List<List<String>> plan(
      List<SourceDocument> export,
      LoadState state,
      PlanOptions options,
      List<JournalRecord.Skipped> skips)
      throws Exception {
    List<List<String>> out = new ArrayList<>();
    try (DocumentSource.Cursor c = DocumentSource.of(export).open()) {
      BatchPlanner p = new BatchPlanner(c, state, options, (s, seen) -> skips.add(s));
      Optional<List<PlannedDoc>> b;
      while ((b = p.next()).isPresent()) {
        out.add(b.get().stream().map(PlannedDoc::documentId).toList());
      }
    }
    return out;
  }

  @Test
  void batchesHoldAtMostTheBatchSizeAndKeepExportOrder() throws Exception {
    List<List<String>> batches =
        plan(Docs.export(25, false), new LoadState(), new PlanOptions(10, 0), new ArrayList<>());
    assertThat(batches).extracting(List::size).containsExactly(10, 10, 5);
    assertThat(batches.get(2)).containsExactly("d20", "d21", "d22", "d23", "d24");
  }

  @Test
  void batchSizeIsLimitedToSynapsHundred() {
    assertThatThrownBy(() -> new PlanOptions(101, 0)).hasMessageContaining("1 to 100");
    assertThatThrownBy(() -> new PlanOptions(0, 0)).hasMessageContaining("1 to 100");
  }

  @Test
  void sampleTakesOnlyTheFirstDocumentsOfTheExport() throws Exception {
    List<List<String>> batches =
        plan(Docs.export(300, false), new LoadState(), new PlanOptions(100, 20), new ArrayList<>());
    assertThat(batches).hasSize(1);
    assertThat(batches.get(0)).hasSize(20).startsWith("d0").endsWith("d19");
  }

  @Test
  void resumeSendsPendingAndInFlightButNothingAnswered() throws Exception {
    LoadState state = new LoadState();
    state.apply(new JournalRecord.BatchSent(1, List.of("d0", "d1", "d2")));
    state.apply(
        new JournalRecord.BatchResult(
            1,
            List.of(
                new ItemResult("d0", ItemResult.Outcome.ACCEPTED, "i0", null),
                new ItemResult("d1", ItemResult.Outcome.REJECTED, null, "no"),
                new ItemResult("d2", ItemResult.Outcome.LOADED_BY_CONFLICT, null, "409"))));
    state.apply(new JournalRecord.BatchSent(2, List.of("d3", "d4")));
    List<PlannedDoc> planned = new ArrayList<>();
    try (DocumentSource.Cursor c = DocumentSource.of(Docs.export(7, false)).open()) {
      BatchPlanner p = new BatchPlanner(c, state, new PlanOptions(100, 0), (s, seen) -> {});
      planned.addAll(p.next().orElseThrow());
      assertThat(p.next()).isEmpty();
      assertThat(p.counts()).isEqualTo(new PlanCounts(7, 4, 2, 3, 0, 1));
    }
    assertThat(planned).extracting(PlannedDoc::documentId).containsExactly("d3", "d4", "d5", "d6");
    assertThat(planned).extracting(PlannedDoc::uncertain).containsExactly(true, true, false, false);
  }

  @Test
  void documentsWithoutAnIdOrWithARepeatedIdAreSkippedWithAReason() throws Exception {
    List<JournalRecord.Skipped> skips = new ArrayList<>();
    List<List<String>> batches =
        plan(Docs.export(12, true), new LoadState(), new PlanOptions(100, 0), skips);
    assertThat(batches.get(0)).hasSize(10).doesNotHaveDuplicates().doesNotContainNull();
    assertThat(skips).extracting(JournalRecord.Skipped::seq).containsExactly(5L, 9L);
    assertThat(skips.get(0).reason()).contains("no document_id");
    assertThat(skips.get(0).origin()).isEqualTo("export.jsonl:6");
    assertThat(skips.get(1).documentId()).isEqualTo("d3");
    assertThat(skips.get(1).reason()).contains("repeated in the export");
  }

  @Test
  void dryRunCountsWithoutSending() throws Exception {
    PlanCounts counts =
        BatchPlanner.dryRun(
            DocumentSource.of(Docs.export(250, true)), new LoadState(), new PlanOptions(100, 0));
    assertThat(counts).isEqualTo(new PlanCounts(250, 248, 0, 0, 2, 3));
  }
}
