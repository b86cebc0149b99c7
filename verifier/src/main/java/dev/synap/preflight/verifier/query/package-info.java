/**
 * Query sets: a user's JSONL file ({@link dev.synap.preflight.verifier.query.QuerySetReader}) or
 * known-item queries sampled from the export ({@link dev.synap.preflight.verifier.query.Sampler}).
 */
package dev.synap.preflight.verifier.query;
