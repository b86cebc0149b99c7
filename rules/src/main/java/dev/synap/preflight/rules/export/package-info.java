/**
 * The one export reader of the product: export files read through a profile (fixed, or chosen per
 * file by {@code auto}), the identity map and default user/customer applied, as a stream of {@link
 * dev.synap.preflight.rules.export.ExportDocument}s with file, line and byte offset; and the one
 * fingerprint of an export ({@link dev.synap.preflight.rules.export.ExportFingerprint}, SHA-256 per
 * file). {@code load}, {@code verify}, {@code diff} and the catch-up read exports only through
 * here.
 *
 * <p>The reader does not judge documents: a document with a blank id or text is yielded like any
 * other ({@link dev.synap.preflight.rules.export.ExportDocument#hasId()} says so); the validator
 * reports it ({@code missing-field}), the loader never sends it and journals it as skipped, the
 * verifier leaves it out of its baseline.
 */
package dev.synap.preflight.rules.export;
