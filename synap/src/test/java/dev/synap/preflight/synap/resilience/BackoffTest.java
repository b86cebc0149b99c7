package dev.synap.preflight.synap.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Exponential ceiling, full jitter inside it, the cap. */
class BackoffTest {
  private static final RetrySettings SETTINGS =
      new RetrySettings(10, Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofMinutes(1));

  @Test
  void theCeilingDoublesUntilTheCap() {
    assertThat(Backoff.ceiling(1, SETTINGS)).isEqualTo(Duration.ofMillis(500));
    assertThat(Backoff.ceiling(2, SETTINGS)).isEqualTo(Duration.ofSeconds(1));
    assertThat(Backoff.ceiling(6, SETTINGS)).isEqualTo(Duration.ofSeconds(16));
    assertThat(Backoff.ceiling(7, SETTINGS)).isEqualTo(Duration.ofSeconds(20));
    assertThat(Backoff.ceiling(1_000, SETTINGS)).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void fullJitterSpansZeroToTheCeiling() {
    assertThat(Backoff.delay(3, SETTINGS, 0.0)).isZero();
    assertThat(Backoff.delay(3, SETTINGS, 0.25)).isEqualTo(Duration.ofMillis(500));
    assertThat(Backoff.delay(3, SETTINGS, 1.0)).isEqualTo(Duration.ofSeconds(2));
    assertThat(Backoff.delay(3, SETTINGS, 7.0)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void settingsAreChecked() {
    assertThatThrownBy(
            () -> new RetrySettings(0, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ZERO))
        .hasMessageContaining("maxAttempts");
    assertThatThrownBy(
            () -> new RetrySettings(1, Duration.ZERO, Duration.ofMillis(1), Duration.ZERO))
        .hasMessageContaining("baseDelay");
  }
}
