/**
 * The document model every command shares: {@link dev.synap.preflight.rules.model.MemoryDocument},
 * a source record mapped to the fields of Synap's {@code CreateMemoryRequest}, with {@link
 * dev.synap.preflight.rules.model.FieldValue} telling which source field each value came from, and
 * Synap's vocabularies ({@link dev.synap.preflight.rules.model.DocumentTypes}).
 *
 * <p>Values are kept as found (wrong types rendered as JSON text) so that the validator can say
 * what was there; nothing here judges a record.
 */
package dev.synap.preflight.rules.model;
