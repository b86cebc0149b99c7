package dev.synap.preflight.loader.journal;

/**
 * An export file a journal was created from.
 *
 * @param path the path as given on the command line
 * @param bytes its size
 * @param sha256 lower-case hex SHA-256 of its content
 */
public record ExportFile(String path, long bytes, String sha256) {}
