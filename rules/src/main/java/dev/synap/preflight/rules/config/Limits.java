package dev.synap.preflight.rules.config;

import java.time.Duration;
import java.time.Instant;

/**
 * Numeric limits of the checks and readers. Synap publishes no size limits; the defaults are the
 * conservative ones of DESIGN.md and every one can be overridden in a {@code --config} file.
 *
 * @param documentHardBytes UTF-8 bytes of document text above which {@code oversized-document}
 * @param documentSoftBytes UTF-8 bytes of document text above which {@code large-document}
 * @param metadataBytes serialized UTF-8 bytes of metadata above which {@code oversized-metadata}
 * @param recordReadBytes a record (line or element) larger than this is not buffered or parsed; it
 *     becomes an {@code oversized-document} finding and reading goes on after it
 * @param futureTolerance how far past the run's clock a timestamp may be before it is "far future"
 * @param notBefore timestamps earlier than this are impossible for an AI-memory export
 * @param maxNestingDepth JSON nesting depth above which a record is malformed (parser limit)
 * @param maxNumberLength digits in one JSON number above which a record is malformed (parser limit)
 * @param maxDecompressionRatio for gzip inputs: decompressed bytes per compressed byte read above
 *     which the file is taken for a decompression bomb and not read further (a {@code
 *     malformed-record} finding); enforced only once 1 MiB has been decompressed
 */
public record Limits(
    long documentHardBytes,
    long documentSoftBytes,
    long metadataBytes,
    int recordReadBytes,
    Duration futureTolerance,
    Instant notBefore,
    int maxNestingDepth,
    int maxNumberLength,
    int maxDecompressionRatio) {

  public static final Limits DEFAULTS =
      new Limits(
          512L * 1024,
          128L * 1024,
          64L * 1024,
          8 * 1024 * 1024,
          Duration.ofDays(1),
          Instant.parse("1970-01-01T00:00:00Z"),
          1000,
          1000,
          1000);

  public Limits {
    if (documentSoftBytes > documentHardBytes) {
      throw new IllegalArgumentException(
          "limits.document-soft-bytes must not exceed limits.document-hard-bytes");
    }
    if (recordReadBytes < 1024) {
      throw new IllegalArgumentException("limits.record-read-bytes must be at least 1024");
    }
    if (maxDecompressionRatio < 1) {
      throw new IllegalArgumentException("limits.max-decompression-ratio must be at least 1");
    }
    if (futureTolerance.isNegative()) {
      throw new IllegalArgumentException("limits.future-tolerance must not be negative");
    }
  }

  /** A copy with another read limit (tests and tools that need small records). */
  public Limits withRecordReadBytes(int value) {
    return new Limits(
        documentHardBytes,
        documentSoftBytes,
        metadataBytes,
        value,
        futureTolerance,
        notBefore,
        maxNestingDepth,
        maxNumberLength,
        maxDecompressionRatio);
  }
}
