package dev.synap.preflight.rules.read;

import java.util.Arrays;

/**
 * The bytes of the record being cut, bounded by the read limit: past the limit it only counts, and
 * keeps a prefix of at most {@link #PREFIX_BYTES} bytes for the report.
 */
final class RecordBuffer {
  /** The most bytes an oversized record keeps. */
  static final int PREFIX_BYTES = 4096;

  private static final int INITIAL = 1024;
  private static final int SHRINK_ABOVE = 1 << 20;

  private final int limit;
  private final int prefixCap;
  private byte[] data = new byte[INITIAL];
  private int size;
  private long total;

  RecordBuffer(int limit) {
    this.limit = limit;
    this.prefixCap = Math.min(PREFIX_BYTES, limit);
  }

  void reset() {
    size = 0;
    total = 0;
    if (data.length > SHRINK_ABOVE) {
      data = new byte[INITIAL];
    }
  }

  void append(byte[] src, int off, int len) {
    if (len <= 0) {
      return;
    }
    total += len;
    int take = total <= limit ? len : Math.min(len, prefixCap - size);
    if (take > 0) {
      if (size + take > data.length) {
        data = Arrays.copyOf(data, (int) Math.min(limit, Math.max(2L * data.length, size + take)));
      }
      System.arraycopy(src, off, data, size, take);
      size += take;
    }
  }

  /** Shortens the record to {@code length} bytes (e.g. to drop trailing whitespace). */
  void truncate(long length) {
    if (length < total) {
      total = length;
      size = (int) Math.min(size, length);
    }
  }

  long total() {
    return total;
  }

  boolean oversized() {
    return total > limit;
  }

  /** True when every byte is a space or a tab (also when there are none); false when oversized. */
  boolean isBlank() {
    if (oversized()) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      byte b = data[i];
      if (b != ' ' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /** A copy of the record, or of its prefix when oversized. */
  byte[] toBytes() {
    return Arrays.copyOf(data, oversized() ? Math.min(size, prefixCap) : size);
  }
}
