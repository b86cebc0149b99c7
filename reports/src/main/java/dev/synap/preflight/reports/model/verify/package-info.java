/**
 * The verify report model: immutable records that are the {@code report.json} contract of {@code
 * preflight verify}.
 *
 * <p>{@link dev.synap.preflight.reports.model.verify.VerifyReport} is the root; {@code
 * reports/src/main/resources/schema/verify-report.schema.json} describes the same shape. Like the
 * validation model it knows nothing about the verifier: the CLI maps a verification result into it.
 * Metrics that are undefined (no query measured, a failed fetch) are {@code null}, never NaN, so
 * the JSON stays standard. Renaming or reordering a component is a breaking change to the format.
 */
package dev.synap.preflight.reports.model.verify;
