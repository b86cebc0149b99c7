package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.Tally;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToLongFunction;

/** Turns journal counts into rate and ETA for one phase of one run. */
final class ProgressMeter {
  private final String phase;
  private final long total;
  private final Clock clock;
  private final Instant start;
  private final ToLongFunction<Tally> done;
  private final long doneAtStart;

  ProgressMeter(String phase, long total, Clock clock, Tally atStart, ToLongFunction<Tally> done) {
    this.phase = phase;
    this.total = total;
    this.clock = clock;
    this.start = clock.instant();
    this.done = done;
    this.doneAtStart = done.applyAsLong(atStart);
  }

  Progress at(Tally tally, long remaining) {
    double seconds = Duration.between(start, clock.instant()).toMillis() / 1000.0;
    long doneNow = done.applyAsLong(tally) - doneAtStart;
    double rate = seconds > 0 ? doneNow / seconds : 0;
    Duration eta =
        rate > 0 && remaining >= 0 ? Duration.ofMillis((long) (remaining / rate * 1000)) : null;
    return new Progress(phase, total, tally, rate, eta);
  }
}
