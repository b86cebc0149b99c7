package dev.synap.preflight.reports.model;

/**
 * Documents owned by one user or customer id.
 *
 * @param id the user or customer id (untrusted text)
 * @param documents how many documents carry it
 */
public record IdCount(String id, long documents) {}
