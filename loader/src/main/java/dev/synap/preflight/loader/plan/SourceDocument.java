package dev.synap.preflight.loader.plan;

import dev.synap.preflight.rules.model.MemoryDocument;

/**
 * One document of the export, in export order.
 *
 * @param seq 0-based position in the export (all files, in input order)
 * @param origin where it was read ({@code file:line}), for messages
 * @param document the mapped document
 */
public record SourceDocument(long seq, String origin, MemoryDocument document) {}
