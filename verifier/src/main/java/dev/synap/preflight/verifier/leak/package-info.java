/**
 * Scope leaks: an item attributed to a document that the query's scope may not see (DESIGN
 * "Verifier method" step 5; synap-api.md §5). A leak carries the item, the document's owner and the
 * attribution evidence, and fails the gate whatever the thresholds say.
 */
package dev.synap.preflight.verifier.leak;
