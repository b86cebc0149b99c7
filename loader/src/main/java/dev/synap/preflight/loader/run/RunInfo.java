package dev.synap.preflight.loader.run;

import java.util.Map;

/**
 * What a run journals about itself.
 *
 * @param force whether the validator gate was overridden
 * @param gate the gate outcome (e.g. {@code passed}, {@code failed: 2 errors})
 * @param options the run's options as text (never a secret)
 */
public record RunInfo(boolean force, String gate, Map<String, String> options) {

  /** Copies the map. */
  public RunInfo {
    options = Map.copyOf(options);
  }
}
