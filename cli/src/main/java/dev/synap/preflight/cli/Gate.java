package dev.synap.preflight.cli;

import dev.synap.preflight.validator.run.InputSummary;
import dev.synap.preflight.validator.run.ValidationResult;

/**
 * The gate verdict of a validation run and its exit code: 3 when an input could not be read fully
 * (a verdict on part of the data is no verdict), else 1 when any finding is at or above the fail-on
 * severity, else 0.
 */
record Gate(String failOn, boolean passed, int exitCode, String reason) {
  static Gate of(ValidationResult result) {
    String failOn = result.config().failOn().id();
    for (InputSummary input : result.inputs()) {
      if (input.error() != null) {
        return new Gate(
            failOn,
            false,
            ExitCodes.INPUT_OR_INTERNAL,
            "input not readable: " + input.path() + ": " + input.error());
      }
    }
    if (!result.internalErrors().isEmpty()) {
      return new Gate(
          failOn,
          false,
          ExitCodes.INPUT_OR_INTERNAL,
          "internal error: " + result.internalErrors().get(0));
    }
    long blocking = result.gateFindings();
    boolean baseline = result.baseline() != null;
    String accepted =
        baseline ? " (" + result.acceptedGateFindings() + " accepted by the baseline)" : "";
    String kind = baseline ? " new" : "";
    if (blocking > 0) {
      return new Gate(
          failOn,
          false,
          ExitCodes.GATE_FAILED,
          blocking
              + kind
              + " finding"
              + (blocking == 1 ? "" : "s")
              + " at "
              + failOn
              + " or above"
              + accepted);
    }
    return new Gate(
        failOn,
        true,
        ExitCodes.PASSED,
        "no" + kind + " findings at " + failOn + " or above" + accepted);
  }
}
