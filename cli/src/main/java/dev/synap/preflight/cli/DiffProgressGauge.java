package dev.synap.preflight.cli;

import dev.synap.preflight.loader.diff.DiffProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The diff's progress as the {@link ProgressBar} shows it: bytes are the sizes of the files already
 * read plus where the latest document starts in the current one. A compressed file's offsets are
 * those of its decompressed stream, so its share is capped at its size on disk.
 */
final class DiffProgressGauge implements DiffProgress, ProgressBar.Source {
  private final Map<String, Long> before = new HashMap<>();
  private final Map<String, Long> sizes = new HashMap<>();
  private final long total;
  private volatile long bytes;
  private volatile long documents;

  DiffProgressGauge(List<Path> inputs) {
    long sum = 0;
    for (Path p : inputs) {
      long size = size(p);
      before.putIfAbsent(p.toString(), sum);
      sizes.putIfAbsent(p.toString(), size);
      sum += size;
    }
    this.total = sum;
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0; // the diff itself says why it cannot be read
    }
  }

  @Override
  public void read(long documents, String file, long byteOffset) {
    this.documents = documents;
    this.bytes = before.getOrDefault(file, 0L) + Math.min(byteOffset, sizes.getOrDefault(file, 0L));
  }

  /** Every file read to its end. */
  void finished() {
    bytes = total;
  }

  @Override
  public long totalBytes() {
    return total;
  }

  @Override
  public long bytesRead() {
    return bytes;
  }

  @Override
  public long records() {
    return documents;
  }
}
