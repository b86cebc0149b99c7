/**
 * {@code report.html}: a single self-contained page for auditors, rendered with jte.
 *
 * <p>{@link dev.synap.preflight.reports.html.HtmlView} turns the model into display-ready values
 * (every untrusted string made printable, numbers formatted, chart geometry computed), the
 * precompiled templates under {@code src/main/jte} lay them out with inline CSS and SVG, and {@link
 * dev.synap.preflight.reports.html.HtmlReportWriter} seals the page: it hashes the one inline
 * script and writes that hash into the page's Content-Security-Policy, so no other script can run
 * even if escaping ever failed.
 *
 * <p>{@link dev.synap.preflight.reports.html.StrictHtmlOutput} wraps jte's HTML escaping and also
 * escapes quotes in element text, so no fragment of untrusted text appears verbatim.
 *
 * <p>Security rules for the templates (the page shows untrusted export text): output only through
 * jte's {@code ${}} (never {@code $unsafe}), no report data inside {@code <script>} (the script
 * reads the DOM), no inline event-handler attributes, and no network URL anywhere.
 */
package dev.synap.preflight.reports.html;
