/**
 * The BM25 baseline: a Lucene index of the export on disk, built once per export (keyed by its
 * SHA-256 and the index settings) and reused; scoped search over the documents a scope may see, and
 * search over all documents for content attribution.
 *
 * <p>Scoring is Lucene 9's {@code BM25Similarity} with the {@link
 * dev.synap.preflight.verifier.index.IndexSettings}' k1 and b; the query is the analyzed text as a
 * disjunction of term queries, a term that occurs n times weighted n (as the classic query parser
 * would score it). Ties are broken by index order (the export's order: only adjacent segments are
 * merged).
 *
 * <p>A build reads and analyzes the export on one thread while the caller's thread indexes, in the
 * export's order ({@code AnalyzingFeed}); the text is indexed with frequencies and norms but no
 * positions (nothing here asks a phrase query). {@link
 * dev.synap.preflight.verifier.index.BaselineIndex#buildTime()} says how long it took.
 */
package dev.synap.preflight.verifier.index;
