package dev.synap.preflight.rules.config;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The effective check configuration of one run: limits, the severity of each rule (or off), the
 * gate threshold, the target instance and the example cap. Immutable; the {@code with*} methods
 * return changed copies so command-line flags can override a configuration file.
 *
 * @param severities rules mapped to their effective severity; a rule absent from the map is off
 * @param redactText leave document and metadata text out of finding messages ({@code --redact}):
 *     ids, field names, positions and counts stay, so a report can be audited without carrying
 *     personal data
 */
public record CheckConfig(
    Limits limits,
    Map<RuleId, Severity> severities,
    Severity failOn,
    Instance instance,
    int maxExamples,
    boolean redactText) {

  public CheckConfig {
    severities = Map.copyOf(severities);
    if (failOn == Severity.INFO) {
      throw new IllegalArgumentException("gate.fail-on must be error or warning");
    }
    if (maxExamples < 0) {
      throw new IllegalArgumentException("max-examples must not be negative");
    }
  }

  /** Every rule on at its DESIGN.md default, gate on errors, B2C, 1000 examples per rule. */
  public static CheckConfig defaults() {
    Map<RuleId, Severity> severities = new EnumMap<>(RuleId.class);
    for (RuleId rule : RuleId.values()) {
      severities.put(rule, rule.defaultSeverity());
    }
    return new CheckConfig(Limits.DEFAULTS, severities, Severity.ERROR, Instance.B2C, 1000, false);
  }

  /** The rule's configured severity, or empty when the rule is switched off. */
  public Optional<Severity> severity(RuleId rule) {
    return Optional.ofNullable(severities.get(rule));
  }

  public boolean enabled(RuleId rule) {
    return severities.containsKey(rule);
  }

  public CheckConfig withFailOn(Severity value) {
    return new CheckConfig(limits, severities, value, instance, maxExamples, redactText);
  }

  public CheckConfig withInstance(Instance value) {
    return new CheckConfig(limits, severities, failOn, value, maxExamples, redactText);
  }

  public CheckConfig withMaxExamples(int value) {
    return new CheckConfig(limits, severities, failOn, instance, value, redactText);
  }

  public CheckConfig withRedactText(boolean value) {
    return new CheckConfig(limits, severities, failOn, instance, maxExamples, value);
  }

  public CheckConfig withLimits(Limits value) {
    return new CheckConfig(value, severities, failOn, instance, maxExamples, redactText);
  }

  /** A copy with one rule set to {@code severity}, or switched off when it is null. */
  public CheckConfig withSeverity(RuleId rule, Severity severity) {
    Map<RuleId, Severity> copy = new EnumMap<>(RuleId.class);
    copy.putAll(severities);
    if (severity == null) {
      copy.remove(rule);
    } else {
      copy.put(rule, severity);
    }
    return new CheckConfig(limits, copy, failOn, instance, maxExamples, redactText);
  }
}
