package dev.synap.preflight.loader.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Samples a run's progress at most once a second (and at every phase change) for the load report's
 * timeline: documents done, requests sent and 429 answers so far. A gap between samples is a stall
 * (nothing finished in it). Passes every event on to the next listener. Thread-safe.
 */
public final class Timeline implements ProgressListener {
  private static final int MAX_SAMPLES = 3600;
  private final Clock clock;
  private final Instant start;
  private final LongSupplier requests;
  private final LongSupplier rateLimited;
  private final ProgressListener next;
  private final List<Sample> samples = new ArrayList<>();
  private long lastMillis = -1;
  private String lastPhase;

  /**
   * One sample.
   *
   * @param seconds since the run started
   * @param phase send, poll, search or delete
   * @param done documents answered (send), ingestions settled (poll) or memories deleted, so far
   * @param requests HTTP requests so far in the run
   * @param rateLimited 429 answers so far in the run
   */
  public record Sample(double seconds, String phase, long done, long requests, long rateLimited) {}

  /** A timeline reading counts from {@code service}, passing events to {@code next}. */
  public Timeline(Clock clock, IngestService service, ProgressListener next) {
    this.clock = clock;
    this.start = clock.instant();
    long r0 = service.requests();
    long l0 = service.rateLimited();
    this.requests = () -> service.requests() - r0;
    this.rateLimited = () -> service.rateLimited() - l0;
    this.next = next;
  }

  @Override
  public void progress(Progress p) {
    record(p);
    next.progress(p);
  }

  private synchronized void record(Progress p) {
    long millis = Duration.between(start, clock.instant()).toMillis();
    boolean phaseChanged = !p.phase().equals(lastPhase);
    if (!phaseChanged && millis - lastMillis < 1000) {
      return;
    }
    if (samples.size() >= MAX_SAMPLES) {
      thin();
    }
    lastMillis = millis;
    lastPhase = p.phase();
    long done =
        switch (p.phase()) {
          case "delete" -> p.tally().deletedMemories();
          case "poll" -> p.tally().completed() + p.tally().failed();
          default -> p.tally().accepted() + p.tally().rejected();
        };
    samples.add(
        new Sample(
            millis / 1000.0, p.phase(), done, requests.getAsLong(), rateLimited.getAsLong()));
  }

  /** Keeps every other sample, so a long run stays within {@value #MAX_SAMPLES}. */
  private void thin() {
    List<Sample> kept = new ArrayList<>();
    for (int i = 0; i < samples.size(); i += 2) {
      kept.add(samples.get(i));
    }
    samples.clear();
    samples.addAll(kept);
  }

  /** The samples so far, oldest first. */
  public synchronized List<Sample> samples() {
    return List.copyOf(samples);
  }
}
