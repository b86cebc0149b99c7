/**
 * Source profiles: declarative mappings from an export's fields to Synap's document model. The
 * bundled profiles are YAML files on the classpath ({@code /profiles/*.yaml}); a user passes their
 * own with {@code --profile FILE}. {@link dev.synap.preflight.rules.profile.Profiles#sniff} picks a
 * bundled profile for {@code --profile auto} from a file's first record.
 */
package dev.synap.preflight.rules.profile;
