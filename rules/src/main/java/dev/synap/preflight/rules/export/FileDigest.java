package dev.synap.preflight.rules.export;

/**
 * One export file's fingerprint.
 *
 * @param path the path as given on the command line
 * @param bytes its size in bytes as stored
 * @param sha256 lower-case hex SHA-256 of its bytes as stored (compressed, for a gzip file)
 */
public record FileDigest(String path, long bytes, String sha256) {}
