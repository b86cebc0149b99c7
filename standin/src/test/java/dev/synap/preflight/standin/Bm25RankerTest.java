package dev.synap.preflight.standin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.standin.search.Bm25Ranker;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class Bm25RankerTest {
  private static Bm25Ranker<String> ranker(List<String> docs) {
    return new Bm25Ranker<>(docs, Function.identity(), Function.identity());
  }

  @Test
  void ranksByTermMatchAndLeavesNonMatchesOut() {
    List<String> docs = List.of("red apple pie", "green apple", "blue sky", "apple apple apple");
    List<Bm25Ranker.Hit<String>> hits = ranker(docs).rank(List.of("apple pie"));
    assertThat(hits.get(0).item()).isEqualTo("red apple pie");
    assertThat(hits).extracting(Bm25Ranker.Hit::item).doesNotContain("blue sky");
  }

  @Test
  void multipleQueriesMergeByBestScoreAndTiesBreakById() {
    List<String> docs = List.of("b cat", "a cat", "dog");
    assertThat(ranker(docs).rank(List.of("cat")))
        .extracting(Bm25Ranker.Hit::item)
        .containsExactly("a cat", "b cat");
    assertThat(ranker(docs).rank(List.of("cat", "dog"))).hasSize(3);
  }
}
