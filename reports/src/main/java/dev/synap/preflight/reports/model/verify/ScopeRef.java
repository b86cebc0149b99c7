package dev.synap.preflight.reports.model.verify;

/**
 * A scope: the one a query is asked in, or the one a document lives in.
 *
 * @param level {@code user}, {@code customer}, {@code client} (or {@code rejected} for a document
 *     Synap refuses)
 * @param userId the user, or null
 * @param customerId the customer, or null
 * @param description one line, e.g. {@code user u1 / customer acme}
 */
public record ScopeRef(String level, String userId, String customerId, String description) {}
