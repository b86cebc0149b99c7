package dev.synap.preflight.validator.finding;

import dev.synap.preflight.rules.config.RuleId;
import dev.synap.preflight.rules.config.Severity;

/**
 * One finding, pinned to where it was found.
 *
 * @param rule the stable rule id
 * @param severity the effective severity (configured, or {@code info} for informational sub-cases)
 * @param file the input file as named on the command line
 * @param line 1-based physical line where the record starts (0 for a whole-file finding)
 * @param byteOffset 0-based byte offset: of the offending byte where known precisely (invalid
 *     UTF-8, a syntax error), else of the record's first byte
 * @param documentId the record's document id when known, else null
 * @param field the source field (e.g. {@code content}, {@code metadata.topic}), else null
 * @param message what is wrong, for a human
 */
public record Finding(
    RuleId rule,
    Severity severity,
    String file,
    long line,
    long byteOffset,
    String documentId,
    String field,
    String message)
    implements java.io.Serializable {}
