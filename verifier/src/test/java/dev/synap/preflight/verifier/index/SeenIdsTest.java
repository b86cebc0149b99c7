package dev.synap.preflight.verifier.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SeenIdsTest {
  @Test
  void aNewIdIsNeverTakenForASeenOneAndARepeatedIdAlwaysIs() {
    SeenIds seen = new SeenIds();
    int n = 300_000; // several times the initial table: it grows
    for (int i = 0; i < n; i++) {
      assertThat(seen.add(id(i))).as("first time %s", id(i)).isFalse();
    }
    for (int i = 0; i < n; i += 7) {
      assertThat(seen.add(id(i))).as("again %s", id(i)).isTrue();
    }
    assertThat(seen.add(id(n))).isFalse();
  }

  @Test
  void theHashIsNeverTheEmptySlotAndTellsCloseIdsApart() {
    assertThat(SeenIds.hash("")).isNotZero();
    assertThat(SeenIds.hash("doc-1")).isNotEqualTo(SeenIds.hash("doc-2"));
    assertThat(SeenIds.hash("ab")).isNotEqualTo(SeenIds.hash("ba"));
  }

  private static String id(int i) {
    return String.format(Locale.ROOT, "doc-%09d", i);
  }
}
