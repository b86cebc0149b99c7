/**
 * The public face of the stand-in for the Synap API: {@link
 * dev.synap.preflight.standin.StandinServer} (start, base URI, close), its {@link
 * dev.synap.preflight.standin.StandinOptions}, the live {@link dev.synap.preflight.standin.Faults}
 * switches and the {@link dev.synap.preflight.standin.DuplicatePolicy} readings of synap-api.md
 * §2.7.
 *
 * <p>The stand-in serves the wire paths and JSON shapes of synap-api.md on 127.0.0.1 only. It is a
 * test double for the loader and verifier, never a replacement for Synap, and shares no code with
 * the client it is used to test.
 */
package dev.synap.preflight.standin;
