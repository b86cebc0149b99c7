/**
 * Replaying queries against Synap behind a small seam: {@link
 * dev.synap.preflight.verifier.replay.ContextFetcher} (one fetch on a scope's route) is all the
 * verifier needs from the network client; {@link dev.synap.preflight.verifier.replay.ReplayEngine}
 * runs the queries with bounded concurrency and records latency and errors per query.
 */
package dev.synap.preflight.verifier.replay;
