/**
 * The scope model the verifier checks Synap against (synap-api.md §2.2, §5): which scope a loaded
 * document lands in ({@link dev.synap.preflight.verifier.scope.DocumentScope}), the scope a query
 * is asked in ({@link dev.synap.preflight.verifier.scope.QueryScope}), and which documents a scope
 * may see ({@link dev.synap.preflight.verifier.scope.Visibility}).
 */
package dev.synap.preflight.verifier.scope;
