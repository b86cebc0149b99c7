package dev.synap.preflight.verifier.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentLoadTest {
  @Test
  void onlyACompletedDocumentWithAMemoryIsCovered() {
    assertThat(new DocumentLoad("a", "completed", List.of("m1")).covered()).isTrue();
    assertThat(new DocumentLoad("a", "partial_success", List.of("m1")).covered()).isTrue();
    assertThat(new DocumentLoad("a", "completed", List.of()).covered()).isFalse();
    assertThat(new DocumentLoad("a", "accepted", List.of()).covered()).isFalse();
  }

  @Test
  void aTakenDocumentWithoutATrackedOutcomeIsUnknownNotLost() {
    for (String s : List.of("accepted", "in_flight", "loaded_by_conflict")) {
      assertThat(new DocumentLoad("a", s, List.of()).outcomeUnknown()).as(s).isTrue();
    }
    for (String s : List.of("completed", "failed", "rejected", "partial_success")) {
      assertThat(new DocumentLoad("a", s, List.of()).outcomeUnknown()).as(s).isFalse();
    }
  }
}
