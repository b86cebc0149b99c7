package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.journal.LoadState;
import dev.synap.preflight.loader.journal.Tally;
import dev.synap.preflight.loader.track.TrackingView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The state of a load as {@code preflight status} shows it, read from the journal without locking
 * it (so it works while a load runs): counts, the last run, the rate since that run started (up to
 * the journal's last write) and the time left.
 *
 * @param header what the journal is a load of (null for an empty journal)
 * @param tally the counts
 * @param runs every run, oldest first
 * @param lastActivity when the journal was last written
 * @param perSecond documents answered per second in the last load run (0 when unknown)
 * @param remaining documents of the export with no answer yet (-1 when the total is unknown)
 * @param eta time left to send them at that rate, or null when unknown or nothing is left to send
 *     (never zero while documents remain)
 * @param tracking what is tracked, awaiting its status and untracked
 * @param live the running phase's rates and time left as the load last wrote them, or null
 */
public record LoadStatus(
    JournalRecord.Header header,
    Tally tally,
    List<JournalRecord.RunStarted> runs,
    Instant lastActivity,
    double perSecond,
    long remaining,
    Duration eta,
    TrackingView tracking,
    ProgressFile.Snapshot live) {

  /** Reads the journal in {@code dir}. */
  public static LoadStatus read(Path dir) throws JournalException, IOException {
    Path file = dir.resolve(Journal.FILE);
    if (!Files.isRegularFile(file)) {
      throw new JournalException("no load journal in " + dir + " (expected " + file + ")");
    }
    LoadState state = Journal.readOnly(dir);
    Instant last = Files.getLastModifiedTime(file).toInstant();
    return of(state, last, ProgressFile.read(dir).orElse(null));
  }

  static LoadStatus of(LoadState state, Instant lastActivity, ProgressFile.Snapshot live) {
    Tally t = state.tally();
    List<JournalRecord.RunStarted> runs = state.runs();
    JournalRecord.RunStarted load =
        runs.stream().filter(r -> "load".equals(r.command())).reduce((a, b) -> b).orElse(null);
    long answered = t.accepted() + t.rejected();
    double rate = 0;
    long remaining = -1;
    Duration eta = null;
    if (load != null) {
      double seconds = Duration.between(Instant.parse(load.at()), lastActivity).toMillis() / 1000.0;
      long done = answered - load.answeredAtStart();
      rate = seconds > 0 && done > 0 ? done / seconds : 0;
      if (load.expectedTotal() > 0) {
        remaining = Math.max(0, load.expectedTotal() - answered - t.skipped());
        eta =
            rate > 0 && remaining > 0
                ? Duration.ofMillis(Math.max(1000, (long) (remaining / rate * 1000)))
                : null;
      }
    }
    return new LoadStatus(
        state.header().orElse(null),
        t,
        runs,
        lastActivity,
        rate,
        remaining,
        eta,
        TrackingView.of(state),
        live);
  }

  /**
   * True when nothing is in flight, no tracked ingestion awaits a status and no known document is
   * left (untracked documents do not keep a load from being settled: the policy left them).
   */
  public boolean settled() {
    return tally.inFlight() == 0 && tracking.awaiting() == 0 && remaining <= 0;
  }
}
