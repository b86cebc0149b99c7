/**
 * Which documents a load tracks to their memory ids ({@link
 * dev.synap.preflight.loader.track.TrackPolicy}): tracking costs one status request per document
 * (Synap has no status by batch), so by default only a seeded sample and every document whose
 * answer was unclear are tracked during the load; {@code --track all} tracks every one, and a later
 * run with it resolves the rest from the same journal. {@link
 * dev.synap.preflight.loader.track.TrackingView} says what is tracked and what that lets rollback
 * and {@code verify --journal} promise.
 */
package dev.synap.preflight.loader.track;
