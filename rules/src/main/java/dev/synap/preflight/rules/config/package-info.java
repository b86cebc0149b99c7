/**
 * What a run is configured with: the stable rule ids of DESIGN.md ({@link
 * dev.synap.preflight.rules.config.RuleId}), severities, limits, the gate, the target instance
 * (B2C/B2B), and the identity map; with the loaders of {@code --config} and {@code --identity-map}
 * files. A file that cannot be used is a {@link dev.synap.preflight.rules.config.ConfigException}:
 * a usage error (exit 2) whose message names the file and the key.
 *
 * <p>Rule ids are a contract with CI pipelines and report readers: add rules, never rename them.
 */
package dev.synap.preflight.rules.config;
