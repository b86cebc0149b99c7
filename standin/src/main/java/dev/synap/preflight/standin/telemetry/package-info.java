/**
 * The SDK's telemetry as the stand-in takes it ({@code POST /v1/telemetry/batch}): the body shape
 * Maximem's Python SDK 0.4.4 sends ({@code telemetry/transport.py}) is validated, and only counts
 * are kept (batches, events per event type); no event, id, path or metadata is stored.
 */
package dev.synap.preflight.standin.telemetry;
