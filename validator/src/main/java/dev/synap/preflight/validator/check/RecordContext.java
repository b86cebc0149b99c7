package dev.synap.preflight.validator.check;

import dev.synap.preflight.rules.config.CheckConfig;
import dev.synap.preflight.rules.config.IdentityMap;
import dev.synap.preflight.rules.model.MappedRecord;
import java.time.Instant;
import java.util.List;

/**
 * What a check sees of one record.
 *
 * @param mapped the record mapped to Synap's document model, with the source of every field
 * @param texts every string of the mapped document (ids, text, type, timestamp, metadata keys and
 *     values), each with its source path and precomputed facts, so text checks scan only when
 *     needed
 * @param config the effective check configuration
 * @param identities the identity map of the run, or null when none was given
 * @param now the run's clock reading, for "far future" timestamps
 */
public record RecordContext(
    MappedRecord mapped,
    List<TextField> texts,
    CheckConfig config,
    IdentityMap identities,
    Instant now) {}
