package dev.synap.preflight.loader.plan;

/**
 * What planning went through so far.
 *
 * @param read documents read from the export (within the sample)
 * @param planned documents put into batches
 * @param resent of those, documents that were in flight before
 * @param alreadyAnswered documents the journal already has an answer for (not sent again)
 * @param skipped documents not sent: no id, or an id repeated in the export
 * @param batches batches produced
 */
public record PlanCounts(
    long read, long planned, long resent, long alreadyAnswered, long skipped, long batches) {}
