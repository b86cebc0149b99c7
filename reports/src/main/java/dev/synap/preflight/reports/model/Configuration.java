package dev.synap.preflight.reports.model;

import java.util.Map;

/**
 * The effective configuration of the run, as an auditor needs to see it.
 *
 * @param profile the profile requested on the command line: {@code auto}, {@code generic}, {@code
 *     synap}, … (the profile actually used for each file is {@link InputFile#profile()})
 * @param limits numeric limits by name, e.g. {@code documentHardBytes -> 524288}; copied into key
 *     order
 * @param limitsText limits that are not numbers, e.g. {@code futureTolerance -> P1D}, {@code
 *     notBefore -> 1970-01-01T00:00:00Z}; copied into key order
 * @param severities effective severity by rule id ({@code error}, {@code warning}, {@code info} or
 *     {@code off}), one entry for every rule; copied into key order
 * @param failOn the gate threshold: {@code error}, {@code warning} or {@code info}
 * @param instance the target Synap instance kind, {@code b2c} or {@code b2b}
 * @param maxExamples how many findings are listed per rule at most
 * @param identityMap path of the identity map file, or {@code null} when none was given
 * @param redactText whether document text was left out of finding messages ({@code --redact})
 */
public record Configuration(
    String profile,
    Map<String, Long> limits,
    Map<String, String> limitsText,
    Map<String, String> severities,
    String failOn,
    String instance,
    int maxExamples,
    String identityMap,
    boolean redactText) {

  public Configuration {
    limits = Copies.sortedMap(limits);
    limitsText = Copies.sortedMap(limitsText);
    severities = Copies.sortedMap(severities);
  }
}
