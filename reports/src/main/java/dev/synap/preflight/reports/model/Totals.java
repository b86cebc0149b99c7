package dev.synap.preflight.reports.model;

/**
 * Exact counts over the whole run (never capped by {@code maxExamples}).
 *
 * @param records records read from all inputs
 * @param documents records that decoded to a mappable object
 * @param findings all findings, of every severity
 * @param errors findings of severity {@code error}
 * @param warnings findings of severity {@code warning}
 * @param infos findings of severity {@code info}
 * @param distinctIds distinct document ids seen
 */
public record Totals(
    long records,
    long documents,
    long findings,
    long errors,
    long warnings,
    long infos,
    long distinctIds) {}
