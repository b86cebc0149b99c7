/**
 * Reading an export into {@link dev.synap.preflight.rules.model.MemoryDocument}s for the baseline:
 * the one place the verifier touches the rules module's readers and profiles, so that a change of
 * the profile API is absorbed here.
 */
package dev.synap.preflight.verifier.export;
