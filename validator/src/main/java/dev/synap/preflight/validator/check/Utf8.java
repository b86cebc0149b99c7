package dev.synap.preflight.validator.check;

import java.io.Writer;

/**
 * UTF-8 byte lengths without encoding. An unpaired surrogate counts 3 bytes, as its generalized
 * UTF-8 form would take (it is a {@code lone-surrogate} finding of its own).
 */
public final class Utf8 {
  private Utf8() {}

  /** The number of bytes {@code s} takes in UTF-8. */
  public static long length(CharSequence s) {
    long bytes = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** A writer that only counts the UTF-8 bytes of what is written to it; not thread-safe. */
  static final class CountingWriter extends Writer {
    private long bytes;
    private boolean pendingHigh;

    @Override
    public void write(char[] buf, int off, int len) {
      for (int i = off; i < off + len; i++) {
        add(buf[i]);
      }
    }

    @Override
    public void write(int c) {
      add((char) c);
    }

    @Override
    public void write(String s, int off, int len) {
      for (int i = off; i < off + len; i++) {
        add(s.charAt(i));
      }
    }

    private void add(char c) {
      if (pendingHigh) {
        pendingHigh = false;
        if (Character.isLowSurrogate(c)) {
          bytes += 4;
          return;
        }
        bytes += 3;
      }
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        pendingHigh = true;
      } else {
        bytes += 3;
      }
    }

    /** The bytes written so far, counting a trailing unpaired high surrogate. */
    long bytes() {
      return bytes + (pendingHigh ? 3 : 0);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
