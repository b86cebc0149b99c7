package dev.synap.preflight.rules.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Returns at most {@code maxPerRead} bytes per read, to expose buffer-boundary bugs. */
final class ThrottledInputStream extends FilterInputStream {
  private final int maxPerRead;

  ThrottledInputStream(InputStream in, int maxPerRead) {
    super(in);
    if (maxPerRead < 1) {
      throw new IllegalArgumentException("maxPerRead must be at least 1");
    }
    this.maxPerRead = maxPerRead;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    return in.read(b, off, Math.min(len, maxPerRead));
  }
}
