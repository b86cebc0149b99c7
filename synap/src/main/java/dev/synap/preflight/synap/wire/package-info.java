/**
 * Synap's wire types: the JSON request and response bodies of the REST API, as records.
 *
 * <p>Requests serialise exactly as the official Python SDK (0.4.4) sends them: snake_case keys,
 * every {@link dev.synap.preflight.synap.wire.CreateMemoryRequest} key present ({@code null} when
 * unset, {@code metadata} defaulting to {@code {}}), optional context-fetch extras only when they
 * differ from the default. Responses ignore unknown fields, because Synap adds fields without a new
 * API version. {@link dev.synap.preflight.synap.wire.WireJson} is the one configured mapper; use it
 * to write the same JSON elsewhere (for example a Synap-ready JSONL file).
 */
package dev.synap.preflight.synap.wire;
