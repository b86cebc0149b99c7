/**
 * {@code --format github}: findings as GitHub Actions workflow commands ({@code ::error
 * file=…,line=…,title=…::message}), which the runner turns into annotations on the job and on the
 * changed files.
 *
 * <p>Escaping follows the runner: in the message, {@code %}, CR and LF become {@code %25}, {@code
 * %0D}, {@code %0A}; in property values also {@code :} and {@code ,} become {@code %3A} and {@code
 * %2C}. Text is made printable first, so no terminal control sequence from the export reaches the
 * log. GitHub shows at most {@link
 * dev.synap.preflight.reports.github.GithubAnnotations#PER_SEVERITY} error, warning and notice
 * annotations per step: no more than that are emitted, and a plain line says how many were left
 * out.
 */
package dev.synap.preflight.reports.github;
