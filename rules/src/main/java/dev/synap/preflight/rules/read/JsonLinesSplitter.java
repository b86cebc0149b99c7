package dev.synap.preflight.rules.read;

import dev.synap.preflight.rules.config.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Cuts JSON Lines into records, one a line. Terminators are {@code \n}, {@code \r\n} and a lone
 * {@code \r}; each ends one physical line, also when a {@code \r\n} is split between two reads.
 * Blank (space/tab only) lines are not records but count as lines; the last line needs no
 * terminator. A line over {@link Limits#recordReadBytes()} is not buffered: it comes out {@link
 * RawRecord.Flaw#OVERSIZED} with its full length and a prefix, and the next line is read normally.
 *
 * <p>This is the hot path for multi-gigabyte exports: one large buffer scanned in place, a copy
 * only per record.
 */
public final class JsonLinesSplitter extends AbstractSplitter {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long BELOW_14 = 0x0E0E0E0E0E0E0E0EL;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private final RecordDecoder decoder;
  private long line = 1;
  private boolean skipLf;
  private boolean sawRecord;

  /**
   * @param in the decompressed export; closed by {@link #close()}
   * @param fileIndex the input's index in the run, copied into every record
   */
  public JsonLinesSplitter(InputStream in, int fileIndex, Limits limits) {
    this(in, fileIndex, limits, new JsonRecordDecoder(limits));
  }

  JsonLinesSplitter(InputStream in, int fileIndex, Limits limits, RecordDecoder decoder) {
    super(in, fileIndex, limits);
    this.decoder = decoder;
  }

  /**
   * A splitter for one part of a JSON Lines file, for engines that read the parts of a file in
   * parallel: {@code in} holds the part's bytes, which start at a line start, at byte {@code
   * startOffset} of the file, and end at a line start or at the end of the file. Offsets are the
   * file's; lines count from 1 at the part's start, so the caller adds the lines of the parts
   * before ({@link #line()} tells a part's count once it is read). The byte-order mark and encoding
   * check apply only to the part at the file's start, and a part of blank lines yields no record
   * (whether the file has one is the caller's to know).
   */
  public static JsonLinesSplitter part(
      InputStream in, int fileIndex, Limits limits, long startOffset) {
    JsonLinesSplitter s = new JsonLinesSplitter(in, fileIndex, limits);
    s.in.base = startOffset;
    s.sawRecord = true;
    if (startOffset > 0) {
      s.startsMidFile();
    }
    return s;
  }

  /** The physical line (1-based, from the stream's start) the next record would start on. */
  public long line() {
    return line;
  }

  @Override
  RawRecord advance() throws IOException {
    ByteInput in = this.in;
    while (true) {
      if (in.pos == in.limit && !in.refill()) {
        if (sawRecord) {
          return null;
        }
        finish();
        return structure(1, 0, EMPTY_FILE);
      }
      if (skipLf) {
        skipLf = false;
        if (in.buf[in.pos] == '\n') {
          in.pos++;
          continue;
        }
      }
      long startLine = line;
      long startOffset = in.offset();
      in.startCapture();
      RecordBuffer r;
      int p = in.pos;
      while (true) {
        byte[] b = in.buf;
        int lim = in.limit;
        p = indexOfTerminator(b, p, lim);
        if (p < lim) {
          r = in.endCapture(p);
          in.pos = p + 1;
          line++;
          skipLf = b[p] == '\r';
          break;
        }
        in.pos = lim;
        if (!in.refill()) {
          r = in.endCapture(in.limit);
          break;
        }
        p = in.pos;
      }
      if (!r.isBlank()) {
        sawRecord = true;
        return record(startLine, startOffset, r);
      }
    }
  }

  /**
   * Index of the first {@code \n} or {@code \r} in {@code b[from..to)}, or {@code to}. Eight bytes
   * at a time: a word is looked at byte by byte only when it may hold a byte below 0x0E.
   */
  static int indexOfTerminator(byte[] b, int from, int to) {
    int i = from;
    while (true) {
      // a word's high bit is set for each byte below 0x0E (exact for whether any is)
      while (i + 8 <= to) {
        long w = (long) LONGS.get(b, i);
        if (((w - BELOW_14) & ~w & HIGH_BITS) != 0) {
          break;
        }
        i += 8;
      }
      int end = Math.min(i + 8, to);
      for (; i < end; i++) {
        byte c = b[i];
        if (c == '\n' || c == '\r') {
          return i;
        }
      }
      if (i >= to) {
        return to;
      }
    }
  }

  @Override
  public RecordDecoder decoder() {
    return decoder;
  }
}
