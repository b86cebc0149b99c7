/**
 * The load report: {@link dev.synap.preflight.reports.load.LoadReport} (what a {@code preflight
 * load} or {@code rollback} did: totals, timings, every rejected or skipped document with the
 * service's message, what could not be deleted) and {@link
 * dev.synap.preflight.reports.load.LoadReportWriter}, which writes {@code load-report.json} and a
 * self-contained, script-free {@code load-report.html}. The model holds no secret: it is built from
 * the journal, which never holds the API key.
 */
package dev.synap.preflight.reports.load;
