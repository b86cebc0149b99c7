/**
 * {@code --format gitlab}: {@code gl-code-quality-report.json}, the findings as a GitLab Code
 * Quality report (a JSON array of issues with {@code description}, {@code check_name}, {@code
 * fingerprint}, {@code severity} and {@code location.path} / {@code location.lines.begin}), which
 * GitLab shows in merge requests and the pipeline's Code Quality tab.
 *
 * <p>Severities map {@code error} to {@code major}, {@code warning} to {@code minor} and {@code
 * info} to {@code info}. A fingerprint is the SHA-256 of the finding's rule, severity, document id
 * and field and of how many findings with the same four came before it, so it survives a re-ordered
 * or re-split export exactly as a baseline match does, and it is unique within the report.
 */
package dev.synap.preflight.reports.gitlab;
