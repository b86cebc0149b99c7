package dev.synap.preflight.reports.model;

/**
 * One input file of the run.
 *
 * @param path the path as given on the command line
 * @param sizeBytes size on disk (compressed size for gzip files)
 * @param sha256 lower-case hex SHA-256 of the file's bytes as stored
 * @param format {@code jsonl}, {@code json} or {@code csv}
 * @param gzip whether the file was gzip-compressed
 * @param profile the profile used for this file (auto-detection resolved)
 * @param records how many records (lines, array elements or CSV rows) were read
 * @param error why the file could not be read, or {@code null} when it was read
 */
public record InputFile(
    String path,
    long sizeBytes,
    String sha256,
    String format,
    boolean gzip,
    String profile,
    long records,
    String error) {}
