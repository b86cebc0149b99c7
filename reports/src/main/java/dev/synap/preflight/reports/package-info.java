/**
 * Entry point of the reports module: {@link dev.synap.preflight.reports.Reports#write} renders one
 * {@link dev.synap.preflight.reports.model.ValidationReport} into the requested {@link
 * dev.synap.preflight.reports.ReportFormat}s and writes each file atomically.
 *
 * <p>This package owns the format list, the {@link dev.synap.preflight.reports.ReportWriter}
 * contract every format implements, and the text helpers all writers share ({@link
 * dev.synap.preflight.reports.ReportText}: making untrusted export text printable, comparing
 * severities). Each format lives in its own sub-package. All output is UTF-8 with {@code \n} line
 * endings and is byte-for-byte deterministic for the same model, which the golden tests rely on.
 */
package dev.synap.preflight.reports;
