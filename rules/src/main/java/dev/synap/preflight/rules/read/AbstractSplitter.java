package dev.synap.preflight.rules.read;

import dev.synap.preflight.rules.config.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * What every splitter shares: the encoding check and UTF-8 BOM at the start, the end state, and a
 * failure of the stream that stays failed. Subclasses cut records in {@link #advance()}.
 */
abstract class AbstractSplitter implements RecordSplitter {
  static final String EMPTY_FILE = "the file is empty";

  final ByteInput in;
  final int fileIndex;
  final Limits limits;
  private boolean started;
  private boolean done;
  private IOException failure;

  AbstractSplitter(InputStream in, int fileIndex, Limits limits) {
    this.in = new ByteInput(in, limits.recordReadBytes());
    this.fileIndex = fileIndex;
    this.limits = limits;
  }

  @Override
  public final RawRecord next() throws IOException {
    if (failure != null) {
      throw failure;
    }
    if (done) {
      return null;
    }
    try {
      if (!started) {
        started = true;
        in.fillAtLeast(4);
        String foreign = Encodings.foreignEncoding(in.buf, in.pos, in.limit - in.pos);
        if (foreign != null) {
          done = true;
          return RawRecord.problem(fileIndex, 1, 0, RawRecord.Flaw.ENCODING, foreign);
        }
        if (Encodings.hasUtf8Bom(in.buf, in.pos, in.limit - in.pos)) {
          in.pos += 3;
        }
      }
      RawRecord r = advance();
      if (r == null) {
        done = true;
      }
      return r;
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  /**
   * For a stream that starts in the middle of a file: no byte-order mark or encoding check at its
   * start (those belong to the file's start).
   */
  final void startsMidFile() {
    started = true;
  }

  /** The next record, or null at the end; called only while not done. */
  abstract RawRecord advance() throws IOException;

  /** Makes the next call of {@link #next()} return null. */
  final void finish() {
    done = true;
  }

  /** The record just captured: complete, or oversized with its prefix. */
  final RawRecord record(long line, long offset, RecordBuffer r) {
    if (r.oversized()) {
      return new RawRecord(
          fileIndex,
          line,
          offset,
          r.total(),
          r.toBytes(),
          RawRecord.Flaw.OVERSIZED,
          oversizedDetail(r.total()));
    }
    return new RawRecord(
        fileIndex, line, offset, r.total(), r.toBytes(), RawRecord.Flaw.NONE, null);
  }

  /**
   * The record the input ended in: truncated, or oversized (with {@code why} added to the detail).
   */
  final RawRecord truncated(long line, long offset, RecordBuffer r, String why) {
    if (r.oversized()) {
      return new RawRecord(
          fileIndex,
          line,
          offset,
          r.total(),
          r.toBytes(),
          RawRecord.Flaw.OVERSIZED,
          oversizedDetail(r.total()) + "; " + why);
    }
    return new RawRecord(
        fileIndex, line, offset, r.total(), r.toBytes(), RawRecord.Flaw.TRUNCATED, why);
  }

  final RawRecord structure(long line, long offset, String detail) {
    return RawRecord.problem(fileIndex, line, offset, RawRecord.Flaw.STRUCTURE, detail);
  }

  final String oversizedDetail(long length) {
    return String.format(
        Locale.ROOT,
        "record is %,d bytes, over the read limit of %,d; not parsed",
        length,
        limits.recordReadBytes());
  }

  /**
   * For a record that runs over the read limit to the end of the input: its bytes are gone, so the
   * rest of the file could not be re-read.
   */
  static String uncheckedToTheEnd(long length, long line) {
    return String.format(
        Locale.ROOT,
        "the %,d bytes from line %d to the end of the file could not be checked",
        length,
        line);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
