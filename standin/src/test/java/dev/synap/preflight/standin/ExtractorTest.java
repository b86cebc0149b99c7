package dev.synap.preflight.standin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.standin.store.Extractor;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorTest {
  @Test
  void plainTextSplitsIntoSentencesAndSkipsPunctuationOnlyPieces() {
    List<Extractor.Draft> drafts =
        Extractor.extract("First one. Second one?\n\n--- \nThird one!", "document");
    assertThat(drafts)
        .extracting(Extractor.Draft::content)
        .containsExactly("First one.", "Second one?", "Third one!");
  }

  @Test
  void chatsSplitIntoTurnsAndFallBackToSentencesWithoutSpeakers() {
    assertThat(Extractor.extract("User: Hi. There.\nAssistant: Hello.", "ai-chat-conversation"))
        .extracting(Extractor.Draft::content)
        .containsExactly("User: Hi. There.", "Assistant: Hello.");
    assertThat(Extractor.extract("No speakers. Just text.", "ai-chat-conversation")).hasSize(2);
  }

  @Test
  void typesComeFromCueWordsAndConfidenceStaysInRange() {
    assertThat(Extractor.extract("I love jazz.", "document").get(0).memoryType())
        .isEqualTo("preference");
    Extractor.Draft date = Extractor.extract("Due on 2025-01-31.", "document").get(0);
    assertThat(date.memoryType()).isEqualTo("temporal_event");
    assertThat(date.eventDate()).isEqualTo("2025-01-31T00:00:00+00:00");
    assertThat(Extractor.extract("I feel great.", "document").get(0).category())
        .isEqualTo("feeling");
    assertThat(Extractor.extract("We went home.", "document").get(0).memoryType())
        .isEqualTo("episode");
    double confidence = Extractor.extract("Water boils at 100 C.", "document").get(0).confidence();
    assertThat(confidence).isBetween(0.7, 1.0);
    assertThat(Double.toString(confidence)).matches("0\\.\\d{1,2}|1\\.0");
  }
}
