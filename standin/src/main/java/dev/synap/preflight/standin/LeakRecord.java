package dev.synap.preflight.standin;

/**
 * One item the leak fault put into a fetch response although the caller may not see it: the audit
 * trail tests use to check that a verifier caught every injected leak.
 *
 * @param correlationId the {@code X-Correlation-Id} of the response that carried the item
 * @param route the fetch route ({@code user}, {@code customer}, {@code client}, {@code
 *     conversation})
 * @param memoryId the leaked item's id (equal to its memory id)
 * @param documentId the document the leaked item was extracted from
 * @param itemScope the scope the item belongs to, e.g. {@code USER(u2)}
 */
public record LeakRecord(
    String correlationId, String route, String memoryId, String documentId, String itemScope) {}
