/**
 * Findings: {@link dev.synap.preflight.validator.finding.Finding}, one problem pinned to file,
 * line, byte offset, document id and field; and {@link
 * dev.synap.preflight.validator.finding.RecordFindings}, which collects a record's findings and
 * applies the configured severities, so checks never deal with configuration.
 */
package dev.synap.preflight.validator.finding;
