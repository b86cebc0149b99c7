/**
 * {@code report.sarif}: the findings as SARIF 2.1.0 for code-scanning tools.
 *
 * <p>One run whose driver lists every rule (disabled rules with {@code enabled: false}), one result
 * per listed finding with its file, line and byte offset, the invocation's outcome and the gate as
 * run properties. Paths become relative URI references with forward slashes and percent-encoding.
 */
package dev.synap.preflight.reports.sarif;
