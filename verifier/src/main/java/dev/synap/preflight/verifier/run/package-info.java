/**
 * The verification run: replays a query set, compares each answer with the BM25 baseline of the
 * documents the query's scope may see, attributes and leak-checks every item, folds the metrics
 * into a summary with confidence intervals, checks coverage against a load journal, and applies the
 * gate. {@link dev.synap.preflight.verifier.run.Verifier} is the entry point the CLI calls; the
 * TREC files come from {@link dev.synap.preflight.verifier.run.TrecFiles}.
 */
package dev.synap.preflight.verifier.run;
