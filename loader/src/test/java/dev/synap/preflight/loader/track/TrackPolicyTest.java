package dev.synap.preflight.loader.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synap.preflight.loader.journal.DocState;
import dev.synap.preflight.loader.journal.ItemResult;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.LoadState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which documents each policy tracks, and that the choice is stable across runs and resumes. */
class TrackPolicyTest {

  private static LoadState accepted(int n, String policy) {
    LoadState s = new LoadState();
    s.apply(
        new JournalRecord.RunStarted(
            "2026-11-24T00:00:00Z",
            "load",
            false,
            "passed",
            policy == null ? Map.of() : Map.of(TrackPolicy.OPTION, policy),
            0,
            n));
    List<String> ids = new ArrayList<>();
    List<ItemResult> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("doc-" + i);
      items.add(
          i == 3
              ? new ItemResult("doc-3", ItemResult.Outcome.LOADED_BY_CONFLICT, "ing-3", "dup")
              : new ItemResult("doc-" + i, ItemResult.Outcome.ACCEPTED, "ing-" + i, null));
    }
    s.apply(new JournalRecord.BatchSent(1, ids));
    s.apply(new JournalRecord.BatchResult(1, items));
    return s;
  }

  @Test
  void parsesEveryFormAndWritesItBack() {
    assertThat(TrackPolicy.parse("all")).isEqualTo(TrackPolicy.all());
    assertThat(TrackPolicy.parse("NONE")).isEqualTo(TrackPolicy.none());
    assertThat(TrackPolicy.parse("sample").text()).isEqualTo("sample:20:14");
    assertThat(TrackPolicy.parse("sample:5").text()).isEqualTo("sample:5:14");
    assertThat(TrackPolicy.parse(TrackPolicy.sample(7, 3).text()))
        .isEqualTo(TrackPolicy.sample(7, 3));
    for (String bad : List.of("some", "sample:x", "all:3", "sample:-1", "")) {
      assertThatThrownBy(() -> TrackPolicy.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("--track");
    }
  }

  @Test
  void aSampleTracksItsSizeAndEveryUnclearAnswerAndStaysTheSameAsDocumentsComplete() {
    LoadState s = accepted(1000, "sample:10:7");
    TrackPolicy p = TrackPolicy.of(s);
    assertThat(p).isEqualTo(TrackPolicy.sample(10, 7));
    Set<String> tracked = p.tracked(s);
    assertThat(tracked).contains("doc-3").hasSizeBetween(10, 11);
    assertThat(p.toPoll(s))
        .extracting(DocState::documentId)
        .containsExactlyInAnyOrderElementsOf(tracked);
    for (String id : tracked) {
      s.apply(new JournalRecord.Polled(id, "ing", "completed", List.of("m-" + id), null));
    }
    assertThat(p.tracked(s)).as("completed sample documents keep their place").isEqualTo(tracked);
    assertThat(p.toPoll(s)).isEmpty();
    assertThat(TrackPolicy.sample(10, 8).tracked(s))
        .as("another seed picks other documents")
        .isNotEqualTo(tracked);

    TrackingView v = TrackingView.of(s);
    assertThat(v.known()).isEqualTo(tracked.size());
    assertThat(v.untracked()).isEqualTo(1000 - tracked.size());
    assertThat(v.awaiting()).isZero();
    assertThat(v.rollbackPromise()).contains((1000 - tracked.size()) + " document(s)");
    assertThat(v.verifyPromise()).contains("--track all");
  }

  @Test
  void allTracksEveryDocumentNoneNothingAndAnOldJournalTrackedAll() {
    assertThat(TrackPolicy.of(accepted(50, "all")).toPoll(accepted(50, "all"))).hasSize(50);
    LoadState none = accepted(50, "none");
    assertThat(TrackPolicy.of(none).toPoll(none)).isEmpty();
    LoadState old = accepted(50, null);
    assertThat(TrackPolicy.of(old)).isEqualTo(TrackPolicy.all());
    assertThat(TrackingView.of(old).untracked()).isZero();
    assertThat(TrackingView.of(old).awaiting()).isEqualTo(50);
  }
}
