/**
 * The catch-up ({@code preflight load --since}): bringing Synap level with an export taken again
 * just before the switch, after a bulk load whose source kept taking writes. Owns the chain of
 * journals ({@link dev.synap.preflight.loader.catchup.JournalChain}: the latest loaded version of
 * every document across a first load and its catch-ups), the choice of what a catch-up sends and
 * retires ({@link dev.synap.preflight.loader.catchup.CatchUp}), and its plan next to a full reload
 * ({@link dev.synap.preflight.loader.catchup.CatchUpPlan}). Sending, tracking and deleting are the
 * loader's own ({@link dev.synap.preflight.loader.run}); the comparison is {@link
 * dev.synap.preflight.loader.diff}'s.
 */
package dev.synap.preflight.loader.catchup;
