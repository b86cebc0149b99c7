package dev.synap.preflight.spark.plan;

import java.io.EOFException;
import java.io.IOException;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * Where the parts of a JSON Lines file begin and end: at the first line start at or after a byte
 * position. A line starts after {@code \n}, after {@code \r\n} (one terminator) and after a lone
 * {@code \r}, as the splitter counts lines; so every line, and every record, belongs to exactly one
 * part: the one its first byte falls in.
 */
public final class LineStarts {
  private static final int CHUNK = 64 * 1024;

  private LineStarts() {}

  /** The first line start at or after {@code pos} in a file of {@code size} bytes. */
  public static long at(FSDataInputStream in, long pos, long size) throws IOException {
    if (pos <= 0) {
      return 0;
    }
    if (pos >= size) {
      return size;
    }
    in.seek(pos - 1);
    byte[] buf = new byte[CHUNK];
    long at = pos - 1;
    boolean afterCr = false;
    while (at < size) {
      int n = in.read(buf, 0, (int) Math.min(buf.length, size - at));
      if (n < 0) {
        throw new EOFException("the file ended at byte " + at + " of " + size);
      }
      for (int i = 0; i < n; i++, at++) {
        byte b = buf[i];
        if (afterCr) {
          // the byte after a \r: a \n belongs to the same terminator
          return b == '\n' ? at + 1 : at;
        }
        if (b == '\n') {
          return at + 1;
        }
        if (b == '\r') {
          afterCr = true;
        }
      }
    }
    return size;
  }
}
