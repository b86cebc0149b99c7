package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.Tally;
import java.time.Duration;

/**
 * A progress event.
 *
 * @param phase {@code send}, {@code poll} or {@code delete}
 * @param total documents the load covers (0 when not known yet)
 * @param tally the counts from the journal
 * @param perSecond documents (or, for {@code delete}, memories) done per second in this run
 * @param eta estimated time left in this phase, or null when it cannot be estimated
 */
public record Progress(String phase, long total, Tally tally, double perSecond, Duration eta) {}
