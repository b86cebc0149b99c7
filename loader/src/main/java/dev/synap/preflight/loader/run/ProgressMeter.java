package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.Tally;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * Turns journal counts and the client's request count into rates and time left for one phase of one
 * run. The time left is only given while work remains and a rate is known, so it is never zero
 * while anything is left to do.
 */
final class ProgressMeter {
  private final String phase;
  private final long total;
  private final Clock clock;
  private final Instant start;
  private final ToLongFunction<Tally> done;
  private final long doneAtStart;
  private final LongSupplier requests;
  private final long requestsAtStart;

  ProgressMeter(
      String phase,
      long total,
      Clock clock,
      Tally atStart,
      ToLongFunction<Tally> done,
      LongSupplier requests) {
    this.phase = phase;
    this.total = total;
    this.clock = clock;
    this.start = clock.instant();
    this.done = done;
    this.doneAtStart = done.applyAsLong(atStart);
    this.requests = requests;
    this.requestsAtStart = requests.getAsLong();
  }

  /**
   * An event.
   *
   * @param tally the journal's counts now
   * @param remaining work left in this phase (documents, or memories), negative when unknown
   */
  Progress at(Tally tally, long remaining) {
    double seconds = Duration.between(start, clock.instant()).toMillis() / 1000.0;
    long doneNow = done.applyAsLong(tally) - doneAtStart;
    double rate = seconds > 0 ? doneNow / seconds : 0;
    double requestRate = seconds > 0 ? (requests.getAsLong() - requestsAtStart) / seconds : 0;
    Duration eta =
        rate > 0 && remaining > 0
            ? Duration.ofMillis(Math.max(1000, (long) (remaining / rate * 1000)))
            : null;
    return new Progress(phase, total, tally, rate, requestRate, eta, remaining);
  }
}
