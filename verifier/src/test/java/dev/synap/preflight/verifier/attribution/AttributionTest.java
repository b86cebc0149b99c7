package dev.synap.preflight.verifier.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.verifier.TestCorpus;
import dev.synap.preflight.verifier.index.BaselineIndex;
import dev.synap.preflight.verifier.index.IndexSettings;
import dev.synap.preflight.verifier.journal.DocumentLoad;
import dev.synap.preflight.verifier.journal.InMemoryLoadJournal;
import dev.synap.preflight.verifier.replay.FetchedItem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionTest {
  @TempDir Path dir;
  private BaselineIndex index;

  @BeforeEach
  void open() {
    index =
        TestCorpus.of(
            dir,
            List.of(
                TestCorpus.doc(
                    "d1", "Alice prefers vegetarian meals and dislikes mushrooms", "u1", "c1"),
                TestCorpus.doc(
                    "d2", "Alice prefers vegetarian meals and dislikes olives", "u2", "c1"),
                TestCorpus.doc(
                    "d3", "The quarterly invoice for Globex is overdue by ten days", null, "c2"),
                TestCorpus.doc("d4", "Office plants need watering every Tuesday", null, null)),
            IndexSettings.defaults(Instance.B2B),
            "b".repeat(64));
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  private static FetchedItem item(String id, String content) {
    return new FetchedItem(id, "facts", content, null, Map.of());
  }

  @Test
  void distinctContentIsAttributedWithItsMargin() {
    Attribution a = ContentAttributor.withDefaults(index).attribute("Globex invoice is overdue");
    assertThat(a.documentId()).isEqualTo("d3");
    assertThat(a.method()).isEqualTo(AttributionMethod.CONTENT);
    assertThat(a.confidence())
        .isEqualTo(1.0); // no other document shares a term: margin 1, overlap 1
    assertThat(a.evidence()).contains("top-1 d3").contains("no runner-up");
  }

  @Test
  void nearDuplicatesWithinTheMarginStayUnattributed() {
    Attribution a =
        ContentAttributor.withDefaults(index).attribute("Alice prefers vegetarian meals");
    assertThat(a.attributed()).isFalse();
    assertThat(a.method()).isEqualTo(AttributionMethod.NONE);
    assertThat(a.candidates()).containsExactlyInAnyOrder("d1", "d2");
    assertThat(a.evidence()).contains("margin 0.00").contains("needs margin >= 0.20");
  }

  @Test
  void aDistinguishingWordClearsTheMargin() {
    Attribution a = ContentAttributor.withDefaults(index).attribute("Alice dislikes mushrooms");
    assertThat(a.documentId()).isEqualTo("d1");
    assertThat(a.candidates()).containsExactly("d1", "d2");
    assertThat(a.confidence()).isGreaterThanOrEqualTo(0.2).isLessThan(1.0);
  }

  @Test
  void lowTermOverlapIsNotEnough() {
    // one rare shared word among many foreign ones
    Attribution a =
        ContentAttributor.withDefaults(index)
            .attribute("Tuesday standup moved because the projector broke again yesterday");
    assertThat(a.attributed()).isFalse();
    assertThat(a.evidence()).contains("top-1 d4").contains("term overlap 0.");
  }

  @Test
  void noSharedTermIsNoCandidate() {
    Attribution a = ContentAttributor.withDefaults(index).attribute("zebra xylophone");
    assertThat(a.attributed()).isFalse();
    assertThat(a.candidates()).isEmpty();
  }

  @Test
  void journalWinsOverLookupAndContent() {
    AtomicInteger lookups = new AtomicInteger();
    Attributor chain =
        new Attributor(
            new InMemoryLoadJournal(List.of(new DocumentLoad("d4", "completed", List.of("m4")))),
            id -> {
              lookups.incrementAndGet();
              return Optional.of("d1");
            },
            ContentAttributor.withDefaults(index));
    Attribution a = chain.attribute(item("m4", "Globex invoice is overdue"));
    assertThat(a.documentId()).isEqualTo("d4");
    assertThat(a.method()).isEqualTo(AttributionMethod.JOURNAL);
    assertThat(a.confidence()).isEqualTo(1.0);
    assertThat(lookups).hasValue(0);
  }

  @Test
  void sourceDocumentIdIsUsedWhenTheJournalDoesNotKnowTheItemAndIsCached() {
    AtomicInteger lookups = new AtomicInteger();
    Attributor chain =
        new Attributor(
            null,
            id -> {
              lookups.incrementAndGet();
              return id.equals("m9") ? Optional.of("d2") : Optional.empty();
            },
            ContentAttributor.withDefaults(index));
    assertThat(chain.attribute(item("m9", "anything")).method())
        .isEqualTo(AttributionMethod.SOURCE_DOCUMENT_ID);
    assertThat(chain.attribute(item("m9", "anything")).documentId()).isEqualTo("d2");
    assertThat(lookups).hasValue(1);
    Attribution byContent = chain.attribute(item("m10", "Globex invoice is overdue"));
    assertThat(byContent.method()).isEqualTo(AttributionMethod.CONTENT);
    assertThat(byContent.documentId()).isEqualTo("d3");
  }

  @Test
  void aFailingLookupFallsBackToContentAndSaysWhy() {
    Attributor chain =
        new Attributor(
            null,
            id -> {
              throw new IllegalStateException("404 memory not found");
            },
            ContentAttributor.withDefaults(index));
    Attribution a = chain.attribute(item("m1", "Globex invoice is overdue"));
    assertThat(a.documentId()).isEqualTo("d3");
    assertThat(a.evidence())
        .contains("GET memory m1 failed: IllegalStateException: 404 memory not found");
  }
}
