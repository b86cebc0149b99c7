/**
 * Typed failures of Synap calls. {@link dev.synap.preflight.synap.error.SynapException} carries the
 * HTTP status (0 when no response arrived), the service's own message, its machine code when sent,
 * and the correlation id to quote to Synap support. One subclass per status family; messages never
 * contain the API key (the client redacts it even from text the service echoes).
 */
package dev.synap.preflight.synap.error;
