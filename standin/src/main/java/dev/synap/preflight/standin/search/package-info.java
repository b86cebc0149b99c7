/**
 * Ranking of memories for a fetch: a small in-memory Okapi BM25 (k1 = 1.2, b = 0.75) over the
 * memories a fetch may see, with ties broken by memory id so a ranking is deterministic for the
 * same content.
 */
package dev.synap.preflight.standin.search;
