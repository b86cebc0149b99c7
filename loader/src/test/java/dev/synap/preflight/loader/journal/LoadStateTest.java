package dev.synap.preflight.loader.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadStateTest {

  @Test
  void documentsMoveThroughThePhasesTheRecordsDescribe() {
    LoadState s = new LoadState();
    assertThat(s.doc("a").phase()).isEqualTo(DocPhase.PENDING);
    s.apply(new JournalRecord.BatchSent(1, List.of("a", "b", "c", "d")));
    assertThat(s.tally().inFlight()).isEqualTo(4);
    s.apply(new JournalRecord.BatchFailed(1, "timeout"));
    assertThat(s.doc("a").phase()).isEqualTo(DocPhase.IN_FLIGHT);
    s.apply(new JournalRecord.BatchSent(2, List.of("a", "b", "c", "d")));
    s.apply(
        new JournalRecord.BatchResult(
            2,
            List.of(
                new ItemResult("a", ItemResult.Outcome.ACCEPTED, "i-a", null),
                new ItemResult("b", ItemResult.Outcome.REJECTED, null, "no"),
                new ItemResult("c", ItemResult.Outcome.LOADED_BY_CONFLICT, "i-c", "409"),
                new ItemResult("d", ItemResult.Outcome.LOADED_BY_CONFLICT, null, "409"))));
    assertThat(s.doc("a").awaitsStatus()).isTrue();
    assertThat(s.doc("c").awaitsStatus()).isTrue();
    assertThat(s.doc("d").awaitsStatus()).isFalse();
    assertThat(s.lastBatch()).isEqualTo(2);
    assertThat(s.failedBatches()).isEqualTo(1);
    s.apply(new JournalRecord.Polled("a", "i-a", "completed", List.of("m1"), null));
    s.apply(new JournalRecord.Polled("c", "i-c", "failed", List.of(), "extraction failed"));
    assertThat(s.doc("a").phase()).isEqualTo(DocPhase.COMPLETED);
    assertThat(s.doc("a").memoryIds()).containsExactly("m1");
    assertThat(s.doc("c").phase()).isEqualTo(DocPhase.FAILED);
    assertThat(s.doc("c").byConflict()).isTrue();
    Tally t = s.tally();
    assertThat(t).isEqualTo(new Tally(4, 0, 3, 1, 2, 1, 1, 0, 0, 0));
    s.apply(new JournalRecord.DeleteFailed("a", "m1", "502"));
    assertThat(s.deleteFailures()).containsEntry("m1", "502");
    s.apply(new JournalRecord.Deleted("a", "m1", false));
    assertThat(s.deleteFailures()).isEmpty();
    assertThat(s.isDeleted("m1")).isTrue();
    assertThat(s.recoveredMemories("a")).isEmpty();

    assertThat(s.isKnownMemory("m9")).isFalse();
    s.apply(new JournalRecord.Found("c", "m9"));
    assertThat(s.isKnownMemory("m9")).isTrue();
    assertThat(s.isKnownMemory("m1")).isTrue();
    assertThat(s.recoveredMemories("c")).containsExactly("m9");
    assertThat(s.isDeleted("m9")).isFalse();
    s.apply(new JournalRecord.Deleted("c", "m9", false));
    assertThat(s.isDeleted("m9")).isTrue();
    assertThat(s.recoveredMemories("c")).containsExactly("m9");
  }
}
