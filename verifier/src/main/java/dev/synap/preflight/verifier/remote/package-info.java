/**
 * The verifier's seams bound to the Synap client: {@link
 * dev.synap.preflight.verifier.remote.SynapContextFetcher} replays a query on its scope's fetch
 * route and flattens the answer, {@link
 * dev.synap.preflight.verifier.remote.SynapMemorySourceLookup} asks {@code GET
 * /api/v1/memories/{id}} for an item's {@code source_document_id}. Retries, backoff and the rate
 * limit are the client's.
 */
package dev.synap.preflight.verifier.remote;
