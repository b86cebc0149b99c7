package dev.synap.preflight.loader.journal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a journal file record by record. A bad line (wrong checksum, bad JSON, no final LF) with no
 * good record after it is a torn tail left by a crash mid-write: reading stops before it. A bad
 * line followed by a good record is damage, not a crash, and is refused: skipping it could forget
 * an acknowledged send.
 */
public final class JournalReader {

  private JournalReader() {}

  /**
   * Where the intact part of a journal ends.
   *
   * @param intactBytes length of the intact prefix (a writer truncates the file to it)
   * @param records number of intact records
   * @param tornBytes bytes after the intact prefix (0 when the file ended cleanly)
   */
  public record Recovery(long intactBytes, long records, long tornBytes) {}

  /** Feeds every intact record of {@code file} to {@code sink}, in order. */
  public static Recovery read(Path file, Consumer<JournalRecord> sink) throws JournalException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file, in, sink);
    } catch (IOException e) {
      throw new JournalException("cannot read journal " + file + ": " + e.getMessage(), e);
    }
  }

  /** Like {@link #read(Path, Consumer)} from an open stream of {@code file}'s bytes. */
  static Recovery read(Path file, InputStream in, Consumer<JournalRecord> sink)
      throws JournalException {
    long offset = 0;
    long count = 0;
    try {
      LineReader lines = new LineReader(in);
      byte[] line;
      while ((line = lines.next()) != null) {
        Optional<JournalRecord> rec =
            lines.endedWithLf()
                ? JournalCodec.decode(line, lines.from(), lines.from() + lines.length())
                : Optional.empty();
        if (rec.isEmpty()) {
          return tail(file, lines, offset, count);
        }
        if (count == 0 && rec.get() instanceof JournalRecord.Header h) {
          checkFormat(file, h);
        }
        sink.accept(rec.get());
        offset += lines.length() + 1;
        count++;
      }
    } catch (IOException e) {
      throw new JournalException("cannot read journal " + file + ": " + e.getMessage(), e);
    }
    return new Recovery(offset, count, 0);
  }

  /**
   * The header of {@code file} without reading the rest (empty for an empty file or one whose first
   * line is torn).
   */
  public static Optional<JournalRecord.Header> header(Path file) throws JournalException {
    try (InputStream in = Files.newInputStream(file)) {
      LineReader lines = new LineReader(in);
      byte[] line = lines.next();
      if (line == null || !lines.endedWithLf()) {
        return Optional.empty();
      }
      Optional<JournalRecord> rec =
          JournalCodec.decode(line, lines.from(), lines.from() + lines.length());
      if (rec.isPresent() && rec.get() instanceof JournalRecord.Header h) {
        checkFormat(file, h);
        return Optional.of(h);
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new JournalException("cannot read journal " + file + ": " + e.getMessage(), e);
    }
  }

  private static void checkFormat(Path file, JournalRecord.Header h)
      throws JournalRefusedException {
    if (h.format() < 1 || h.format() > JournalRecord.Header.FORMAT) {
      throw new JournalRefusedException(
          "journal "
              + file
              + " is in format "
              + h.format()
              + " (written by preflight "
              + h.tool()
              + "); this preflight reads formats 1 to "
              + JournalRecord.Header.FORMAT
              + ": use that version of preflight with it, or a new --journal");
    }
  }

  private static Recovery tail(Path file, LineReader lines, long offset, long count)
      throws IOException, JournalException {
    long torn = lines.length() + (lines.endedWithLf() ? 1 : 0);
    long badLine = count + 1;
    byte[] line;
    while ((line = lines.next()) != null) {
      if (lines.endedWithLf()
          && JournalCodec.decode(line, lines.from(), lines.from() + lines.length()).isPresent()) {
        throw new JournalException(
            "journal "
                + file
                + " is damaged at record "
                + badLine
                + " (byte "
                + offset
                + ") but has intact records after it; it was not written by a crash. Restore it"
                + " from a copy, or start a new journal only after checking what was loaded.");
      }
      torn += lines.length() + (lines.endedWithLf() ? 1 : 0);
    }
    return new Recovery(offset, count, torn);
  }

  /**
   * Splits a stream at LF, keeping lines of any length; reads the stream in large chunks. A line
   * that lies within one chunk is given in place (valid until the next call); a longer one is
   * gathered into a buffer.
   */
  private static final class LineReader {
    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] buf = new byte[1024];
    private int from;
    private int length;
    private boolean lf;

    LineReader(InputStream in) {
      this.in = in;
    }

    /** The next line's bytes ({@link #from}, {@link #length}), or null at the end. */
    byte[] next() throws IOException {
      length = 0;
      lf = false;
      boolean gathered = false;
      while (true) {
        if (pos == limit) {
          limit = in.read(chunk, 0, chunk.length);
          pos = 0;
          if (limit <= 0) {
            limit = 0;
            from = 0;
            return length > 0 ? buf : null;
          }
        }
        int end = indexOfLf(chunk, pos, limit);
        if (end < limit && !gathered) {
          from = pos;
          length = end - pos;
          pos = end + 1;
          lf = true;
          return chunk;
        }
        append(end - pos);
        gathered = true;
        if (end < limit) {
          pos = end + 1;
          lf = true;
          from = 0;
          return buf;
        }
        pos = limit;
      }
    }

    private static int indexOfLf(byte[] b, int from, int to) {
      for (int i = from; i < to; i++) {
        if (b[i] == '\n') {
          return i;
        }
      }
      return to;
    }

    private void append(int n) {
      if (length + n > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + n));
      }
      System.arraycopy(chunk, pos, buf, length, n);
      length += n;
    }

    int from() {
      return from;
    }

    int length() {
      return length;
    }

    boolean endedWithLf() {
      return lf;
    }
  }
}
