/**
 * The loader's port implemented over the Synap client: {@link
 * dev.synap.preflight.loader.remote.SynapIngestService} maps documents to {@code
 * CreateMemoryRequest}s (nothing the batch endpoint does not define: no priority), batch answers to
 * per-document outcomes, and the client's typed exceptions to the loader's {@link
 * dev.synap.preflight.loader.run.IngestException} kinds.
 */
package dev.synap.preflight.loader.remote;
