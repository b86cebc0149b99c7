/**
 * Report assembly: a {@link dev.synap.preflight.validator.run.ValidationResult} and its {@link
 * dev.synap.preflight.validator.gate.ValidationGate} into the {@link
 * dev.synap.preflight.reports.model.ValidationReport} every format renders. A library call with no
 * command line behind it, so {@code validate}, the Spark job and baselines assemble the same
 * report.
 */
package dev.synap.preflight.reports.assemble;
