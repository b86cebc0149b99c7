package dev.synap.preflight.validator.check;

import java.util.List;

/** The registry of per-record checks, in the order they run. */
public final class Checks {
  private Checks() {}

  /** Every per-record check; stateless and shared by all worker threads. */
  public static List<Check> standard() {
    return List.of();
  }
}
