package dev.synap.preflight.cli;

import dev.synap.preflight.loader.journal.Tally;
import dev.synap.preflight.loader.run.Progress;
import dev.synap.preflight.loader.run.ProgressListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Load progress on stderr: documents sent / accepted / rejected, rate and ETA. On a terminal one
 * line is redrawn at most four times a second; with {@code --progress always} off a terminal, a
 * line is printed every ten seconds. Thread-safe.
 */
final class LoadProgressLine implements ProgressListener, AutoCloseable {
  private final PrintWriter err;
  private final boolean shown;
  private final boolean redraw;
  private final long intervalNanos;
  private long lastDraw;
  private boolean drew;

  private LoadProgressLine(PrintWriter err, boolean shown, boolean redraw) {
    this.err = err;
    this.shown = shown;
    this.redraw = redraw;
    this.intervalNanos = redraw ? 250_000_000L : 10_000_000_000L;
  }

  /** A progress line per the {@code --progress} mode. */
  static LoadProgressLine start(String mode, PrintWriter err) {
    ProgressMode parsed = ProgressMode.parse(mode);
    boolean terminal = ProgressBar.isTerminal();
    return new LoadProgressLine(err, parsed.shown(terminal), terminal && parsed.shown(terminal));
  }

  @Override
  public synchronized void progress(Progress p) {
    long now = System.nanoTime();
    if (!shown || (drew && now - lastDraw < intervalNanos)) {
      return;
    }
    lastDraw = now;
    drew = true;
    String line = render(p);
    if (redraw) {
      err.print("\r" + line + "\033[K");
    } else {
      err.println(line);
    }
    err.flush();
  }

  static String render(Progress p) {
    Tally t = p.tally();
    StringBuilder s = new StringBuilder(p.phase()).append(": ");
    if ("delete".equals(p.phase())) {
      s.append(t.deletedMemories()).append(" memories deleted");
    } else {
      s.append(t.sent())
          .append(p.total() > 0 ? "/" + p.total() : "")
          .append(" sent, ")
          .append(t.accepted())
          .append(" accepted, ")
          .append(t.rejected())
          .append(" rejected, ")
          .append(t.completed())
          .append(" completed");
      if (t.inFlight() > 0) {
        s.append(", ").append(t.inFlight()).append(" in flight");
      }
    }
    s.append(String.format(Locale.ROOT, ", %.1f/s", p.perSecond()));
    if (p.eta() != null) {
      s.append(", ETA ").append(duration(p.eta()));
    }
    return s.toString();
  }

  static String duration(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }

  @Override
  public synchronized void close() {
    if (shown && redraw && drew) {
      err.println();
      err.flush();
    }
  }
}
