/**
 * Attributing each returned item to a source document, best evidence first (DESIGN "Verifier
 * method" step 4): the load journal's memory ids, then {@code GET /api/v1/memories/{id}} → {@code
 * source_document_id} through {@link dev.synap.preflight.verifier.attribution.MemorySourceLookup},
 * then the item's content against the baseline of all documents, accepted only with a score margin
 * over the runner-up and enough term overlap. Every {@link
 * dev.synap.preflight.verifier.attribution.Attribution} records its method and confidence.
 */
package dev.synap.preflight.verifier.attribution;
