package dev.synap.preflight.validator.run;

import java.util.List;
import java.util.Map;

/**
 * Documents per Synap scope (as the target instance would derive it) and the busiest users and
 * customers. In a B2B instance a document with a user but no customer is in no scope: Synap rejects
 * it.
 */
public record ScopeCounts(
    long userScoped,
    long customerScoped,
    long clientScoped,
    long distinctUsers,
    long distinctCustomers,
    List<Map.Entry<String, Long>> topUsers,
    List<Map.Entry<String, Long>> topCustomers) {}
