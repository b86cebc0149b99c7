package dev.synap.preflight.validator.run;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Live progress of a run, for a progress bar on another thread: bytes read from disk (of all files)
 * against the total, and records checked.
 */
public final class RunProgress {
  private final AtomicLong finishedFileBytes = new AtomicLong();
  private final AtomicLong records = new AtomicLong();
  private volatile long totalBytes;
  private volatile LongSupplier currentFile = () -> 0;

  public long totalBytes() {
    return totalBytes;
  }

  public long bytesRead() {
    return finishedFileBytes.get() + currentFile.getAsLong();
  }

  public long records() {
    return records.get();
  }

  void start(long total) {
    totalBytes = total;
  }

  void reading(LongSupplier rawBytesRead) {
    currentFile = rawBytesRead;
  }

  void fileDone(long size) {
    currentFile = () -> 0;
    finishedFileBytes.addAndGet(size);
  }

  void recordsChecked(long n) {
    records.addAndGet(n);
  }
}
