/**
 * Accepted findings: a baseline read from an earlier {@code report.json}, and the matching that
 * decides, finding by finding, whether a finding of this run was already there ("still present",
 * accepted) or is new (counts for the gate).
 *
 * <p>A finding is matched by rule, severity, document id and field, never by file, line or message,
 * so an export that is re-ordered, re-split into other files or re-exported keeps its accepted
 * findings. Matching counts multiplicity: a key seen twice in the baseline accepts two findings of
 * this run; a third one is new. Findings without a document id (a malformed record, a missing id)
 * have only rule, severity and field as key, so they are accepted up to the number the baseline
 * had. Whatever the baseline holds and this run does not is "fixed".
 *
 * <p>{@link dev.synap.preflight.validator.baseline.Baseline#read} refuses a report whose finding
 * list was cut by {@code --max-examples} for some rule: matching against a partial list would call
 * the unlisted findings new. A baseline is written with a {@code --max-examples} at least as large
 * as the largest rule count.
 */
package dev.synap.preflight.validator.baseline;
