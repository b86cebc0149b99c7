package dev.synap.preflight.reports.model;

/**
 * The CI gate's verdict, decided by the CLI before the report is written.
 *
 * @param failOn the threshold: findings at or above it fail the gate
 * @param passed whether the gate passed
 * @param exitCode the process exit code ({@code 0} passed, {@code 1} failed, {@code 3} input
 *     unreadable or internal error)
 * @param reason one line explaining the verdict
 */
public record Gate(String failOn, boolean passed, int exitCode, String reason) {}
