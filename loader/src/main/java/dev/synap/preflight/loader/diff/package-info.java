/**
 * The catch-up diff: a new export of the old memory system against what a load journal says was
 * loaded, per document id: {@link dev.synap.preflight.loader.diff.DiffKind added, changed (and
 * which parts), removed, unchanged}. The journal's per-document fingerprints stand in for the old
 * export, which need not exist any more; the new export is streamed once, and memory grows with the
 * number of documents (their ids and fingerprints), never with the size of the export.
 */
package dev.synap.preflight.loader.diff;
