package dev.synap.preflight.synap;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;

/**
 * Correlation ids in the SDK's format, {@code syn_<6 chars>_<epoch ms>_<6 hex>}; the middle part is
 * {@code prefli} (the SDK puts the start of the instance id there).
 */
final class CorrelationIds {
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  CorrelationIds(Clock clock) {
    this.clock = clock;
  }

  String next() {
    return String.format(
        Locale.ROOT, "syn_prefli_%d_%06x", clock.millis(), random.nextInt(1 << 24));
  }
}
