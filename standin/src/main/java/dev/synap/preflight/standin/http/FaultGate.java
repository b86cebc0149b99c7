package dev.synap.preflight.standin.http;

import dev.synap.preflight.standin.Faults;
import dev.synap.preflight.standin.store.Intake;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Applies the live {@link Faults} to each authenticated request, drawing every random decision from
 * one seeded generator (a draw happens only while its switch is on, so the same seed, the same
 * switches and the same requests give the same faults).
 */
final class FaultGate {
  private final Faults faults;
  private final RateLimiter limiter;
  private final SplittableRandom random;

  FaultGate(Faults faults, Clock clock, long seed) {
    this.faults = faults;
    this.limiter = new RateLimiter(clock);
    this.random = new SplittableRandom(seed);
  }

  /** Rate limit, reset, forced failures and random errors, in that order. */
  void before(HttpCall call) {
    int limit = faults.rateLimitPerMinute();
    if (limit > 0) {
      RateLimiter.Decision d = limiter.take(limit);
      call.header("X-RateLimit-Limit", Integer.toString(d.limit()));
      call.header("X-RateLimit-Remaining", Integer.toString(d.remaining()));
      call.header("X-RateLimit-Reset", Long.toString(d.resetEpochSecond()));
      if (!d.allowed()) {
        call.header("Retry-After", Long.toString(d.retryAfter()));
        throw new ApiException(
            429,
            "rate limit of " + limit + " requests per minute exceeded",
            Map.of("retry_after_seconds", d.retryAfter()));
      }
    }
    if (roll(faults.resetRate())) {
      throw new ResetSignal();
    }
    int forced = faults.takeFailNext();
    if (forced != 0) {
      if (forced == 429) {
        call.header("Retry-After", "1");
      }
      throw new ApiException(forced, "failure injected by the stand-in (failNext)");
    }
    if (roll(faults.errorRate())) {
      throw new ApiException(503, "service temporarily unavailable (stand-in error fault)");
    }
  }

  /**
   * The latency fault, applied after the request was carried out and before its answer: a client
   * that times out has lost the answer, not the write, as with a slow service. (A request delayed
   * on its way in would reorder writes of one document, which the loader cannot observe.)
   */
  void delayAnswer() throws InterruptedException {
    Duration latency = faults.latency();
    if (!latency.isZero()) {
      Thread.sleep(latency.toMillis());
    }
  }

  /** The drop decision for one accepted document. */
  Intake.Drop drop() {
    if (!roll(faults.dropRate())) {
      return Intake.Drop.NONE;
    }
    return faults.dropSilently() ? Intake.Drop.SILENT : Intake.Drop.FAIL;
  }

  boolean leak() {
    return roll(faults.leakRate());
  }

  synchronized int pick(int bound) {
    return random.nextInt(bound);
  }

  private synchronized boolean roll(double rate) {
    return rate > 0 && random.nextDouble() < rate;
  }
}
