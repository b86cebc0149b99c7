/**
 * The validation gate: the verdict of a {@link dev.synap.preflight.validator.run.ValidationResult}
 * and the exit code DESIGN.md fixes for it, callable without the command line (by {@code validate},
 * {@code load}, the Spark job and baselines alike).
 */
package dev.synap.preflight.validator.gate;
