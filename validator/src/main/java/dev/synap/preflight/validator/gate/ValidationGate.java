package dev.synap.preflight.validator.gate;

import dev.synap.preflight.validator.run.InputSummary;
import dev.synap.preflight.validator.run.ValidationResult;

/**
 * The gate verdict of a validation run and its exit code: 3 when an input could not be read fully
 * (a verdict on part of the data is no verdict) or the run had an internal error, else 1 when any
 * finding is at or above the fail-on severity, else 0.
 *
 * @param failOn the lowest severity that fails the gate ({@code error} or {@code warning})
 * @param passed whether the gate passed
 * @param exitCode the exit code of DESIGN.md: {@link #PASSED}, {@link #FAILED} or {@link
 *     #UNREADABLE}
 * @param reason one line saying why
 */
public record ValidationGate(String failOn, boolean passed, int exitCode, String reason) {
  /** Exit code: the gate passed. */
  public static final int PASSED = 0;

  /** Exit code: findings at or above the fail-on severity. */
  public static final int FAILED = 1;

  /** Exit code: an input could not be read (fully), or an internal error. */
  public static final int UNREADABLE = 3;

  /** The verdict on {@code result}, counting every finding at or above its fail-on severity. */
  public static ValidationGate of(ValidationResult result) {
    return of(result, result.gateFindings());
  }

  /**
   * The verdict on {@code result} when only {@code blocking} of its findings count against the gate
   * (e.g. the rest were accepted by a baseline). Unreadable inputs and internal errors fail it
   * whatever the count.
   */
  public static ValidationGate of(ValidationResult result, long blocking) {
    String failOn = result.config().failOn().id();
    for (InputSummary input : result.inputs()) {
      if (input.error() != null) {
        return new ValidationGate(
            failOn,
            false,
            UNREADABLE,
            "input not readable: " + input.path() + ": " + input.error());
      }
    }
    if (!result.internalErrors().isEmpty()) {
      return new ValidationGate(
          failOn, false, UNREADABLE, "internal error: " + result.internalErrors().get(0));
    }
    if (blocking > 0) {
      return new ValidationGate(
          failOn,
          false,
          FAILED,
          blocking + " finding" + (blocking == 1 ? "" : "s") + " at " + failOn + " or above");
    }
    return new ValidationGate(failOn, true, PASSED, "no findings at " + failOn + " or above");
  }
}
