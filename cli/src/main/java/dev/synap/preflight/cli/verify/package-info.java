/**
 * {@code preflight verify}'s glue: the loader's {@code manifest.jsonl} read as the verifier's load
 * journal, the verification result mapped into the verify report model, and the console summary.
 * The verification itself lives in the verifier module.
 */
package dev.synap.preflight.cli.verify;
