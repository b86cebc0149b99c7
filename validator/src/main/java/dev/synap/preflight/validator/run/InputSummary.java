package dev.synap.preflight.validator.run;

/**
 * One input file of a run.
 *
 * @param path the path as given on the command line
 * @param sizeBytes size on disk
 * @param sha256 SHA-256 of the bytes on disk (hex), or null when the file could not be read
 * @param format jsonl, json or csv, or null when unreadable
 * @param gzip whether the file was gzip-compressed
 * @param profile the profile the file was mapped with, or null when unreadable
 * @param records how many records were read from it
 * @param error why the file could not be read (fully), or null
 */
public record InputSummary(
    String path,
    long sizeBytes,
    String sha256,
    String format,
    boolean gzip,
    String profile,
    long records,
    String error) {}
