/**
 * What a load sends: documents read from the export ({@link
 * dev.synap.preflight.loader.plan.DocumentSource}) cut into batches of at most 100 ({@link
 * dev.synap.preflight.loader.plan.BatchPlanner}), leaving out what the journal says is already
 * answered, re-sending what was in flight, skipping documents that cannot be loaded exactly once
 * (no id, an id repeated in the export), and stopping after {@code --sample N} documents.
 */
package dev.synap.preflight.loader.plan;
