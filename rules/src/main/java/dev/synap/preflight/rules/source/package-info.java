/**
 * Source records through a profile: opening an export with the right profile ({@link
 * dev.synap.preflight.rules.source.OpenedSource}: {@code auto} sniffing, whole-document reading for
 * profiles that need it), mapping one decoded record to documents with their source positions
 * ({@link dev.synap.preflight.rules.source.RecordMapper}), and a sequential stream of mapped
 * documents, skips and problems for the commands that load or compare exports ({@link
 * dev.synap.preflight.rules.source.SourceReader}). The validator uses the first two on its worker
 * threads; {@code map}, the loader and the verifier use the reader.
 */
package dev.synap.preflight.rules.source;
