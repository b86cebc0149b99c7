/**
 * The catch-up diff: a new export of the old memory system against what a load journal says was
 * loaded, per document id: {@link dev.synap.preflight.loader.diff.DiffKind added, changed (and
 * which parts), removed, unchanged}. The journal's per-document fingerprints stand in for the old
 * export, which need not exist any more; the new export is streamed once, and memory grows with the
 * number of documents (their ids and fingerprints), never with the size of the export.
 *
 * <p>{@link dev.synap.preflight.loader.diff.ExportDiff} runs it: {@code ExportPass} cuts the export
 * into records on one thread and maps and fingerprints them on workers, while {@link
 * dev.synap.preflight.loader.diff.JournalIndex} folds the chain of journals into a {@code DocTable}
 * (flat arrays, no object per document) by the same rules as the loader's own replay ({@code
 * JournalReplay}; a differential test holds the two together). The comparison itself runs on the
 * caller's thread, in input order.
 */
package dev.synap.preflight.loader.diff;
