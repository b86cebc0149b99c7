package dev.synap.preflight.rules.read;

import dev.synap.preflight.rules.config.Limits;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One export file opened for reading: gzip detected by its magic bytes (multi-member streams
 * work), the format chosen by extension and content, and the splitter that cuts it into records.
 * While the file streams it counts the on-disk bytes read (for progress) and computes their
 * SHA-256 (for the report).
 *
 * <p>Format: {@code .jsonl}, {@code .ndjson}, {@code .jsonlines} are JSON Lines, {@code .csv} is
 * CSV, {@code .json} is a JSON document unless the content clearly is JSON Lines (a complete
 * object on the first non-blank line and a later non-blank line starting with {@code {}); any other
 * extension is decided from the first 64 KiB ({@code [} JSON; {@code {} JSON Lines when the first
 * line is a complete object, else JSON; anything else CSV). A trailing {@code .gz} is ignored.
 *
 * <p>A damaged gzip stream surfaces as a {@link CorruptInputException} from the splitter's {@link
 * RecordSplitter#next()}, after the complete records before the damage. So does a gzip stream that
 * decompresses to more than {@link Limits#maxDecompressionRatio()} bytes per compressed byte read
 * (a decompression bomb), checked once 1 MiB has been decompressed.
 */
public final class ExportInput implements Closeable {
  /** How much of the (decompressed) start of the file the format is decided from. */
  static final int SNIFF_BYTES = 64 * 1024;

  private static final int FILE_BUFFER = 64 * 1024;

  /** Decompressed bytes before the decompression ratio is enforced (small files vary a lot). */
  static final long RATIO_GRACE_BYTES = 1L << 20;

  private final Path path;
  private final InputFormat format;
  private final boolean gzip;
  private final long sizeBytes;
  private final DigestingInputStream raw;
  private final RecordSplitter splitter;
  private String sha256Hex;

  private ExportInput(
      Path path,
      InputFormat format,
      boolean gzip,
      long sizeBytes,
      DigestingInputStream raw,
      RecordSplitter splitter) {
    this.path = path;
    this.format = format;
    this.gzip = gzip;
    this.sizeBytes = sizeBytes;
    this.raw = raw;
    this.splitter = splitter;
  }

  /**
   * Opens {@code path}, detects compression and format, and reads up to 64 KiB to do so.
   *
   * @param fileIndex the file's index in the run, copied into every record
   * @throws IOException when the file cannot be opened or read (a damaged gzip stream is reported
   *     later, by the splitter)
   */
  public static ExportInput open(Path path, int fileIndex, Limits limits) throws IOException {
    return open(path, fileIndex, limits, probe -> false);
  }

  /**
   * What the start of a file shows, for choosing a profile before the file is split.
   *
   * @param format the container format chosen
   * @param first the file's first JSON value as far as the first 64 KiB show it (see {@link
   *     RootProbe}), or null
   */
  public record Probe(InputFormat format, com.fasterxml.jackson.databind.JsonNode first) {}

  /**
   * Like {@link #open(Path, int, Limits)}; {@code wholeDocument} sees the probe and says whether a
   * JSON document is to be delivered as one record ({@link WholeDocumentSplitter}, at most {@code 8
   * × limits.recordReadBytes()}) instead of one record per array element.
   */
  public static ExportInput open(
      Path path, int fileIndex, Limits limits, java.util.function.Predicate<Probe> wholeDocument)
      throws IOException {
    return open(path, fileIndex, limits, wholeDocument, true);
  }

  /**
   * Like {@link #open(Path, int, Limits, java.util.function.Predicate)} for a reader that does not
   * need the file's SHA-256 (a load reading an export its gate already fingerprinted): the bytes
   * are not digested, so {@link #sha256Hex()} is refused.
   */
  public static ExportInput openUndigested(
      Path path, int fileIndex, Limits limits, java.util.function.Predicate<Probe> wholeDocument)
      throws IOException {
    return open(path, fileIndex, limits, wholeDocument, false);
  }

  private static ExportInput open(
      Path path,
      int fileIndex,
      Limits limits,
      java.util.function.Predicate<Probe> wholeDocument,
      boolean digest)
      throws IOException {
    long size = Files.size(path);
    // A pipe (<(zcat x.gz), a FIFO) cannot tell its size or position, which the NIO stream's
    // available() asks for; FileInputStream answers available() on pipes too.
    InputStream file =
        Files.isRegularFile(path) ? Files.newInputStream(path) : new FileInputStream(path.toFile());
    return open(
        file, path, path.getFileName().toString(), size, fileIndex, limits, wholeDocument, digest);
  }

  /**
   * Like {@link #open(Path, int, Limits, java.util.function.Predicate)} for a file another file
   * system reads (e.g. HDFS or S3 through Hadoop): {@code file} is its byte stream from the start,
   * {@code fileName} its last path segment (for the format), {@code size} its size. The export owns
   * and closes the stream. A zip is then described from its first bytes only.
   */
  public static ExportInput open(
      InputStream file,
      String fileName,
      long size,
      int fileIndex,
      Limits limits,
      java.util.function.Predicate<Probe> wholeDocument)
      throws IOException {
    return open(file, null, fileName, size, fileIndex, limits, wholeDocument, true);
  }

  private static ExportInput open(
      InputStream file,
      Path path,
      String fileName,
      long size,
      int fileIndex,
      Limits limits,
      java.util.function.Predicate<Probe> wholeDocument,
      boolean digest)
      throws IOException {
    DigestingInputStream raw = new DigestingInputStream(file, digest);
    try {
      BufferedInputStream buffered = new BufferedInputStream(raw, FILE_BUFFER);
      buffered.mark(2);
      int m0 = buffered.read();
      int m1 = buffered.read();
      buffered.reset();
      boolean gzip = m0 == 0x1F && m1 == 0x8B;
      InputStream data =
          gzip ? new GzipGuardInputStream(buffered, limits.maxDecompressionRatio()) : buffered;
      byte[] head = new byte[SNIFF_BYTES];
      int n = 0;
      CorruptInputException deferred = null;
      try {
        while (n < head.length) {
          int r = data.read(head, n, head.length - n);
          if (r < 0) {
            break;
          }
          n += r;
        }
      } catch (CorruptInputException e) {
        deferred = e;
      }
      InputFormat format = FormatSniffer.choose(fileName, head, n);
      InputStream stream = new HeadInputStream(head, n, deferred, data);
      boolean whole =
          wholeDocument.test(
                  new Probe(format, format == InputFormat.CSV ? null : RootProbe.probe(head, n)))
              && format == InputFormat.JSON;
      RecordSplitter splitter =
          ZipNotice.isZip(head, n)
              ? new NoticeSplitter(
                  stream,
                  fileIndex,
                  path == null ? ZipNotice.describe(head, n) : ZipNotice.describe(path, head, n))
              : whole
                  ? new WholeDocumentSplitter(
                      stream,
                      fileIndex,
                      8L * limits.recordReadBytes(),
                      new JsonRecordDecoder(limits))
                  : switch (format) {
                    case JSONL -> new JsonLinesSplitter(stream, fileIndex, limits);
                    case JSON -> new JsonDocumentSplitter(stream, fileIndex, limits);
                    case CSV -> new CsvSplitter(stream, fileIndex, limits);
                  };
      return new ExportInput(path, format, gzip, size, raw, splitter);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /** The file opened, or null when it was opened as a stream. */
  public Path path() {
    return path;
  }

  public InputFormat format() {
    return format;
  }

  /** Whether the file is gzip-compressed (by its magic bytes). */
  public boolean gzip() {
    return gzip;
  }

  /** The file's size on disk. */
  public long sizeBytes() {
    return sizeBytes;
  }

  /** On-disk bytes read so far; safe to call from another thread (e.g. a progress bar). */
  public long rawBytesRead() {
    return raw.count;
  }

  /** The splitter for this file's records (one for the file's lifetime). */
  public RecordSplitter splitter() {
    return splitter;
  }

  /**
   * For JSON: where the records are, as a JSON pointer ({@code ""} for a root array, {@code
   * "/records"} for an envelope), known once the splitter returned its first record; null for the
   * other formats or when the document holds no array.
   */
  public String recordsPath() {
    return splitter instanceof JsonDocumentSplitter json ? json.recordsPath() : null;
  }

  /**
   * The SHA-256 of the file's on-disk bytes, in lower-case hex. Reads (and discards) whatever the
   * splitter has not read yet, so call it when done with the splitter.
   */
  public synchronized String sha256Hex() throws IOException {
    if (raw.digest == null) {
      throw new IllegalStateException("opened without a digest: " + path);
    }
    if (sha256Hex == null) {
      byte[] skip = new byte[FILE_BUFFER];
      while (raw.read(skip, 0, skip.length) >= 0) {
        // drained into the digest
      }
      sha256Hex = Sha256.hex(raw.digest);
    }
    return sha256Hex;
  }

  @Override
  public void close() throws IOException {
    try {
      splitter.close();
    } finally {
      raw.close();
    }
  }

  /** Counts and (unless made without a digest) digests the bytes read from the file. */
  private static final class DigestingInputStream extends FilterInputStream {
    final MessageDigest digest;
    volatile long count;

    DigestingInputStream(InputStream in, boolean digest) {
      super(in);
      this.digest = digest ? Sha256.digest() : null;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        if (digest != null) {
          digest.update((byte) b);
        }
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        if (digest != null) {
          digest.update(b, off, n);
        }
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] tmp = new byte[(int) Math.min(n, FILE_BUFFER)];
      int r = read(tmp, 0, tmp.length);
      return Math.max(r, 0);
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }

  /**
   * Decompresses gzip (opened on first read, as its header may already be damaged) and turns a
   * truncated or corrupt stream, or one that inflates beyond the ratio limit, into a {@link
   * CorruptInputException}.
   */
  private static final class GzipGuardInputStream extends InputStream {
    private final CountingInputStream compressed;
    private final int maxRatio;
    private GZIPInputStream gzip;
    private long delivered;

    GzipGuardInputStream(InputStream compressed, int maxRatio) {
      this.compressed = new CountingInputStream(compressed);
      this.maxRatio = maxRatio;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n;
      try {
        if (gzip == null) {
          gzip = new GZIPInputStream(compressed, FILE_BUFFER);
        }
        n = gzip.read(b, off, len);
      } catch (EOFException | ZipException e) {
        throw new CorruptInputException(
            String.format(
                Locale.ROOT,
                "the gzip stream is truncated or corrupt after %,d decompressed bytes (%s)",
                delivered,
                e.getMessage()),
            delivered,
            e);
      }
      if (n > 0) {
        checkRatio(delivered + n);
        delivered += n;
      }
      return n;
    }

    /**
     * Compares {@code total} decompressed bytes with the compressed bytes read so far. The latter
     * include the decompressor's read-ahead (at most 64 KiB), so the ratio is never overestimated.
     */
    private void checkRatio(long total) throws CorruptInputException {
      long in = compressed.count;
      if (total <= RATIO_GRACE_BYTES || in <= 0 || in > Long.MAX_VALUE / maxRatio) {
        return;
      }
      if (total > in * maxRatio) {
        throw new CorruptInputException(
            String.format(
                Locale.ROOT,
                "the gzip stream inflated %,d compressed bytes to %,d bytes, a decompression"
                    + " ratio of %,d, over limits.max-decompression-ratio %,d (a decompression"
                    + " bomb?); not read further",
                in,
                total,
                total / in,
                maxRatio),
            delivered,
            null);
      }
    }

    @Override
    public void close() throws IOException {
      if (gzip != null) {
        gzip.close();
      } else {
        compressed.close();
      }
    }
  }

  /** Counts the bytes read through it (the compressed bytes a decompressor consumed). */
  private static final class CountingInputStream extends FilterInputStream {
    long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = in.skip(n);
      if (skipped > 0) {
        count += skipped;
      }
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }

  /** The bytes read to choose the format, then a deferred failure, then the rest of the stream. */
  private static final class HeadInputStream extends InputStream {
    private final byte[] head;
    private final int headLength;
    private final InputStream rest;
    private IOException deferred;
    private int pos;

    HeadInputStream(byte[] head, int headLength, IOException deferred, InputStream rest) {
      this.head = head;
      this.headLength = headLength;
      this.deferred = deferred;
      this.rest = rest;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (pos < headLength) {
        int n = Math.min(len, headLength - pos);
        System.arraycopy(head, pos, b, off, n);
        pos += n;
        return n;
      }
      if (deferred != null) {
        IOException e = deferred;
        deferred = null;
        throw e;
      }
      return rest.read(b, off, len);
    }

    @Override
    public void close() throws IOException {
      rest.close();
    }
  }
}
