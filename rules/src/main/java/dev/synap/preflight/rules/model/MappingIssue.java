package dev.synap.preflight.rules.model;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.config.Severity;

/**
 * Something a profile noticed while mapping a document, for the validator to report: a naive
 * timestamp the profile rejects, a text that fell back to a summary, a double-encoded file.
 *
 * @param rule the finding's rule
 * @param severity a fixed severity (e.g. info for a note), or null for the rule's configured one
 * @param field the source field, or null
 * @param message what happened
 */
public record MappingIssue(RuleId rule, Severity severity, String field, String message) {}
