package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.Tally;
import java.time.Duration;

/**
 * A progress event.
 *
 * @param phase {@code send}, {@code poll}, {@code search} or {@code delete}
 * @param total documents the load covers (0 when not known yet)
 * @param tally the counts from the journal
 * @param perSecond documents (or, for {@code delete}, memories) done per second in this run
 * @param requestsPerSecond HTTP requests (retries included) per second in this phase
 * @param eta estimated time left in this phase: null when it cannot be estimated or nothing is
 *     left, never zero while work remains
 * @param remaining work left in this phase, negative when unknown
 */
public record Progress(
    String phase,
    long total,
    Tally tally,
    double perSecond,
    double requestsPerSecond,
    Duration eta,
    long remaining) {}
