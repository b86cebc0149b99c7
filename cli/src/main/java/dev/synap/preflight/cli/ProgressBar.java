package dev.synap.preflight.cli;

import dev.synap.preflight.validator.run.RunProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress bar on stderr: percent, bytes, throughput, records/s and ETA, redrawn four
 * times a second by a daemon thread, and a last time when it closes (then wiped). Shown only on a
 * terminal unless {@code --progress always}.
 */
final class ProgressBar implements AutoCloseable {
  private static final int WIDTH = 24;

  /** What the bar shows: read from the bar's thread while the work runs on another. */
  interface Source {
    /** Bytes of all input files. */
    long totalBytes();

    /** Bytes read so far. */
    long bytesRead();

    /** Records (documents) done so far. */
    long records();
  }

  private final Source progress;
  private final PrintWriter err;
  private final Thread thread;
  private final long started = System.nanoTime();
  private volatile boolean done;

  private ProgressBar(Source progress, PrintWriter err) {
    this.progress = progress;
    this.err = err;
    this.thread = new Thread(this::loop, "preflight-progress");
    this.thread.setDaemon(true);
  }

  /** Starts a bar of a validation run per the {@code --progress} mode. */
  static ProgressBar start(String mode, RunProgress progress, PrintWriter err) {
    return start(
        mode,
        new Source() {
          @Override
          public long totalBytes() {
            return progress.totalBytes();
          }

          @Override
          public long bytesRead() {
            return progress.bytesRead();
          }

          @Override
          public long records() {
            return progress.records();
          }
        },
        err);
  }

  /** Starts a bar per the {@code --progress} mode; returns a no-op when none is wanted. */
  static ProgressBar start(String mode, Source progress, PrintWriter err) {
    boolean show = ProgressMode.parse(mode).shown();
    ProgressBar bar = new ProgressBar(progress, err);
    if (show) {
      bar.thread.start();
    } else {
      bar.done = true;
    }
    return bar;
  }

  /**
   * Whether stderr is a terminal: on Linux, where /proc/self/fd/2 points; elsewhere {@code
   * System.console()} (which looks at stdin and stdout) as the best approximation. Never in CI.
   */
  @SuppressForbidden(reason = "System.console() is the portable fallback for terminal detection")
  static boolean isTerminal() {
    if (System.getenv("CI") != null) {
      return false;
    }
    Path fd2 = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd2)) {
      try {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return false;
      }
    }
    return System.console() != null;
  }

  private void loop() {
    try {
      while (!done) {
        draw();
        Thread.sleep(250);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void draw() {
    long total = progress.totalBytes();
    long read = progress.bytesRead();
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    double fraction = total > 0 ? Math.min(1.0, (double) read / total) : 0;
    int filled = (int) Math.round(fraction * WIDTH);
    String eta = read > 0 && fraction < 1 ? clock((long) (seconds / fraction - seconds)) : "--:--";
    String line =
        String.format(
            Locale.ROOT,
            "\r%3d%% [%s%s] %s / %s  %s/s  %,d rec/s  ETA %s ",
            (int) (fraction * 100),
            "#".repeat(filled),
            ".".repeat(WIDTH - filled),
            bytes(read),
            bytes(total),
            bytes((long) (read / seconds)),
            (long) (progress.records() / seconds),
            eta);
    err.print(line);
    err.flush();
  }

  static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double v = n;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  private static String clock(long seconds) {
    return seconds >= 3600
        ? String.format(
            Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
  }

  @Override
  public void close() {
    if (done) {
      return;
    }
    done = true;
    thread.interrupt();
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    draw(); // the final state, even of a run shorter than one redraw
    err.print("\r" + " ".repeat(100) + "\r");
    err.flush();
  }
}
