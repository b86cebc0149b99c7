package dev.synap.preflight.rules.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A splitter's view of its stream: one large buffer the splitter scans in place, the absolute
 * offset of the buffer's first byte, and the capture of the record being cut (bytes are copied into
 * a {@link RecordBuffer} only at the end of a buffer or of the record).
 */
final class ByteInput implements Closeable {
  static final int BUFFER_BYTES = 256 * 1024;

  private final InputStream in;
  private final RecordBuffer capture;
  final byte[] buf;
  int pos;
  int limit;
  long base;
  private boolean eof;
  private int mark = -1;
  private byte[] replay;
  private int replayPos;

  ByteInput(InputStream in, int recordLimit) {
    this.in = in;
    this.capture = new RecordBuffer(recordLimit);
    this.buf = new byte[BUFFER_BYTES];
  }

  /** Absolute offset of {@code buf[pos]}. */
  long offset() {
    return base + pos;
  }

  /**
   * Discards the buffer (keeping any captured part) and reads the next chunk into it.
   *
   * @return false at the end of the input
   */
  boolean refill() throws IOException {
    if (mark >= 0) {
      capture.append(buf, mark, limit - mark);
      mark = 0;
    }
    base += limit;
    pos = 0;
    limit = 0;
    if (replay != null) {
      int n = Math.min(buf.length, replay.length - replayPos);
      if (n > 0) {
        System.arraycopy(replay, replayPos, buf, 0, n);
        replayPos += n;
        limit = n;
        return true;
      }
      replay = null;
    }
    if (eof) {
      return false;
    }
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit = n;
    return true;
  }

  /**
   * At the start of the stream only: reads until {@code n} bytes are buffered or the input ends.
   */
  void fillAtLeast(int n) throws IOException {
    while (limit - pos < n && !eof) {
      int r = in.read(buf, limit, buf.length - limit);
      if (r < 0) {
        eof = true;
      } else {
        limit += r;
      }
    }
  }

  /**
   * Reads {@code bytes[from..]} again as if they came next in the input, the first of them at the
   * absolute offset {@code offset}, followed by what was not read yet: the rest of the buffer from
   * {@code pos}, the rest of an earlier replay, then the stream. Nothing may be captured. A
   * splitter uses it to re-read bytes it already captured, at the end of the input (nothing is left
   * after them) or in the middle of it.
   */
  void replay(byte[] bytes, int from, long offset) {
    int buffered = limit - pos;
    int pending = replay == null ? 0 : replay.length - replayPos;
    int head = bytes.length - from;
    byte[] next = new byte[head + buffered + pending];
    System.arraycopy(bytes, from, next, 0, head);
    System.arraycopy(buf, pos, next, head, buffered);
    if (pending > 0) {
      System.arraycopy(replay, replayPos, next, head + buffered, pending);
    }
    replay = next;
    replayPos = 0;
    base = offset;
    pos = 0;
    limit = 0;
  }

  /** Starts capturing a record at {@code pos}. */
  void startCapture() {
    capture.reset();
    mark = pos;
  }

  /**
   * Copies the capture up to just before {@code buf[end]} into its record and goes on capturing
   * from there; returns the captured record so far.
   */
  RecordBuffer flushCapture(int end) {
    capture.append(buf, mark, end - mark);
    mark = end;
    return capture;
  }

  /** Ends the capture just before {@code buf[end]}; returns the captured record. */
  RecordBuffer endCapture(int end) {
    capture.append(buf, mark, end - mark);
    mark = -1;
    return capture;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
