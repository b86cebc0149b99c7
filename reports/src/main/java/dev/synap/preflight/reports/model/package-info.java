/**
 * The report model: immutable records that are the {@code report.json} contract.
 *
 * <p>{@link dev.synap.preflight.reports.model.ValidationReport} is the root. Every writer renders
 * from it and nothing else, so the JSON, HTML, JUnit XML, SARIF and Markdown files of one run
 * always agree. Jackson serialises the records in declaration order with camelCase property names
 * exactly as the record components are named; {@code
 * reports/src/main/resources/schema/validation-report.schema.json} describes the same shape.
 * Renaming or reordering a component is a breaking change to the published report format.
 *
 * <p>The model deliberately knows nothing about the validator or the rules module: the CLI maps the
 * validator's results into it. Lists are copied and unmodifiable; maps are copied into key order so
 * that every rendering is deterministic whatever map the caller passed. Nullable components are
 * documented on each record.
 */
package dev.synap.preflight.reports.model;
