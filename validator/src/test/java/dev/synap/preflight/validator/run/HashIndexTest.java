package dev.synap.preflight.validator.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HashIndexTest {
  @Test
  void insertsOnceAndFindsAgainAcrossGrowth() {
    HashIndex index = new HashIndex(4);
    Random random = new Random(42);
    Map<String, long[]> expected = new HashMap<>();
    for (int i = 0; i < 50_000; i++) {
      long hi = random.nextLong();
      long lo = random.nextLong();
      assertThat(index.putIfAbsent(hi, lo, i, -i)).isEqualTo(-1);
      expected.put(hi + ":" + lo, new long[] {hi, lo, i});
    }
    assertThat(index.size()).isEqualTo(50_000);
    for (long[] e : expected.values()) {
      int slot = index.putIfAbsent(e[0], e[1], 0, 0);
      assertThat(slot).isGreaterThanOrEqualTo(0);
      assertThat(index.first(slot)).isEqualTo(e[2]);
      assertThat(index.second(slot)).isEqualTo(-e[2]);
    }
    assertThat(index.size()).isEqualTo(50_000);
  }

  @Test
  void zeroKeyIsUsable() {
    HashIndex index = new HashIndex(16);
    assertThat(index.putIfAbsent(0, 0, 7, 8)).isEqualTo(-1);
    int slot = index.putIfAbsent(0, 0, 1, 1);
    assertThat(index.first(slot)).isEqualTo(7);
  }

  @Test
  void murmurSpreadsNearbyInputs() {
    Map<String, String> seen = new HashMap<>();
    for (int len = 0; len < 64; len++) {
      String s = "x".repeat(len);
      long[] h = Murmur3.hash128(s);
      assertThat(seen.put(h[0] + ":" + h[1], s)).as("collision at length %d", len).isNull();
    }
    assertThat(Murmur3.hash128("abc")).isEqualTo(Murmur3.hash128("abc"));
    assertThat(Murmur3.hash128("abc")).isNotEqualTo(Murmur3.hash128("abd"));
  }
}
