/**
 * Source profiles: declarative mappings from an export's records to Synap documents (schema in
 * {@code rules/PROFILES.md}). {@link dev.synap.preflight.rules.profile.Profiles} loads and
 * validates them (bundled ones from {@code /profiles/*.yaml}, a user's with {@code --profile FILE})
 * and sniffs for {@code auto}; {@link dev.synap.preflight.rules.profile.Profile#mapRecord} maps one
 * source record to its documents and skips ({@link dev.synap.preflight.rules.profile.Mapping}); the
 * engine (paths, value specs, conditions, timestamp policy, templates) is package-private.
 */
package dev.synap.preflight.rules.profile;
