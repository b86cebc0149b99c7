/**
 * {@code report.md}: a short Markdown summary for CI job summaries (e.g. GitHub's {@code
 * $GITHUB_STEP_SUMMARY}).
 *
 * <p>Gate verdict, totals, rules with findings, inputs, and up to ten examples per failing rule.
 * Untrusted text is made printable, cut to a readable length (report.json keeps it whole) and
 * escaped so it can neither break a table row nor inject HTML, links or code spans.
 */
package dev.synap.preflight.reports.markdown;
