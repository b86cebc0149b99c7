package dev.synap.preflight.loader.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code progress.json} in the journal directory: the rates and time left of the running phase,
 * rewritten (atomically, not forced: it is a view, never state) at most once a second, so {@code
 * preflight status} can show documents/s, requests/s and time left while a load runs. Passes every
 * event on to the next listener.
 */
public final class ProgressFile implements ProgressListener {
  /** The file's name inside the journal directory. */
  public static final String FILE = "progress.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Path dir;
  private final ProgressListener next;
  private long lastWrite;

  /**
   * What the file holds.
   *
   * @param at when it was written (ISO-8601 UTC)
   * @param phase send, poll, search or delete
   * @param documentsPerSecond documents (memories, for delete) done per second in this phase
   * @param requestsPerSecond HTTP requests per second in this phase
   * @param remaining work left in this phase, negative when unknown
   * @param etaSeconds time left in this phase, or null when unknown or nothing is left
   */
  public record Snapshot(
      String at,
      String phase,
      double documentsPerSecond,
      double requestsPerSecond,
      long remaining,
      Long etaSeconds) {}

  /** A listener writing into {@code dir}, then calling {@code next}. */
  public ProgressFile(Path dir, ProgressListener next) {
    this.dir = dir;
    this.next = next;
  }

  @Override
  public void progress(Progress p) {
    write(p);
    next.progress(p);
  }

  private synchronized void write(Progress p) {
    long now = System.nanoTime();
    if (lastWrite != 0 && now - lastWrite < 1_000_000_000L) {
      return;
    }
    lastWrite = now;
    Snapshot s =
        new Snapshot(
            Instant.now().toString(),
            p.phase(),
            p.perSecond(),
            p.requestsPerSecond(),
            p.remaining(),
            p.eta() == null ? null : p.eta().toSeconds());
    Path tmp = dir.resolve(FILE + ".tmp");
    try {
      Files.write(tmp, MAPPER.writeValueAsBytes(s));
      Files.move(
          tmp,
          dir.resolve(FILE),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException ignored) {
      // a progress view that cannot be written only costs status its live rates
    }
  }

  /** The last snapshot in {@code dir}, if any and readable. */
  public static Optional<Snapshot> read(Path dir) {
    try {
      Path f = dir.resolve(FILE);
      return Files.isRegularFile(f)
          ? Optional.of(MAPPER.readValue(f.toFile(), Snapshot.class))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The snapshot's time left. */
  public static Optional<Duration> eta(Snapshot s) {
    return Optional.ofNullable(s.etaSeconds()).map(Duration::ofSeconds);
  }
}
