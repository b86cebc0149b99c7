package dev.synap.preflight.loader.diff;

/**
 * A record of the new export that could not be compared: not readable or mappable, without a
 * document id, or repeating an id (only its first record counts, as in a load).
 *
 * @param file the export file
 * @param line its line
 * @param byteOffset its byte offset
 * @param severity {@code error} (not readable, no id) or {@code warning} (a repeated id)
 * @param kind {@code not-mapped}, {@code no-id} or {@code repeated-id}
 * @param message what is wrong
 * @param documentId the id, when there is one
 */
public record DiffProblem(
    String file,
    long line,
    long byteOffset,
    String severity,
    String kind,
    String message,
    String documentId) {}
