package dev.synap.preflight.cli;

/** The exit codes of DESIGN.md, fixed forever: CI gates depend on them. */
public final class ExitCodes {
  /** The gate passed. */
  public static final int PASSED = 0;

  /** The gate failed: findings at or above {@code --fail-on}. */
  public static final int GATE_FAILED = 1;

  /** A usage or configuration error. */
  public static final int USAGE = 2;

  /** An input could not be read, or an internal error. */
  public static final int INPUT_OR_INTERNAL = 3;

  private ExitCodes() {}
}
