/**
 * TREC run files ({@code qid Q0 docno rank score tag}) and qrels ({@code qid 0 docno relevance}) so
 * the verifier's numbers can be recomputed with {@code trec_eval} or {@code ir_measures}.
 */
package dev.synap.preflight.verifier.trec;
