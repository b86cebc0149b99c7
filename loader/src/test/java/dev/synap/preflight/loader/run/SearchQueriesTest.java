package dev.synap.preflight.loader.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueriesTest {

  @Test
  void eachSentenceIsOneQueryAndEmptyPartsAreDropped() {
    assertThat(SearchQueries.of("User: I moved to Lisbon. Assistant: noted!\n\n  ... ?"))
        .containsExactly("User:", "I moved to Lisbon.", "Assistant:", "noted!");
  }

  @Test
  void longSentencesAreCutAndTheNumberOfQueriesIsBounded() {
    String word = "word ";
    assertThat(SearchQueries.of(word.repeat(200)))
        .allSatisfy(q -> assertThat(q).hasSizeLessThanOrEqualTo(300));
    assertThat(SearchQueries.of(numbered(100))).hasSize(SearchQueries.MAX);
    assertThat(SearchQueries.of(null)).isEmpty();
  }

  private static String numbered(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("Fact ").append(i).append(". ");
    }
    return b.toString();
  }
}
