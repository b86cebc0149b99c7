package dev.synap.preflight.reports.model;

/**
 * One histogram bar.
 *
 * @param label what the bar covers, e.g. {@code 1-4 KiB} or {@code 2025-03}
 * @param count how many documents fall into it
 */
public record Bucket(String label, long count) {}
