package dev.synap.preflight.standin;

import java.time.Duration;
import java.util.Objects;

/**
 * Live fault switches of a running stand-in. Every switch is off by default and may be changed at
 * any time from any thread; a change applies to the requests that arrive after it. The random
 * decisions they drive are drawn from the server's seeded generator, so a run with the same seed
 * and the same requests in the same order injects the same faults.
 */
public final class Faults {
  private volatile double dropRate;
  private volatile boolean dropSilently;
  private volatile double leakRate;
  private volatile double errorRate;
  private volatile double resetRate;
  private volatile Duration latency = Duration.ZERO;
  private volatile int rateLimitPerMinute;
  private volatile DuplicatePolicy duplicatePolicy = DuplicatePolicy.CONFLICT;
  private int failNextCount;
  private int failNextStatus;

  /**
   * Share of accepted documents that are acknowledged (200, {@code queued}) but never yield
   * memories: their ingestion ends {@code failed} (or {@code completed} with no memories, see
   * {@link #dropSilently(boolean)}).
   */
  public Faults dropRate(double rate) {
    this.dropRate = checkRate("dropRate", rate);
    return this;
  }

  /** With true, a dropped document's ingestion reports {@code completed} with zero memories. */
  public Faults dropSilently(boolean silently) {
    this.dropSilently = silently;
    return this;
  }

  /** Share of fetches that also return one item from a scope the caller may not see. */
  public Faults leakRate(double rate) {
    this.leakRate = checkRate("leakRate", rate);
    return this;
  }

  /** Share of authenticated requests answered 503 before anything is done. */
  public Faults errorRate(double rate) {
    this.errorRate = checkRate("errorRate", rate);
    return this;
  }

  /** Share of authenticated requests whose connection is closed without any response. */
  public Faults resetRate(double rate) {
    this.resetRate = checkRate("resetRate", rate);
    return this;
  }

  /** Delay added before every authenticated request is handled. */
  public Faults latency(Duration delay) {
    Objects.requireNonNull(delay, "latency");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative");
    }
    this.latency = delay;
    return this;
  }

  /**
   * Requests per minute per key; further requests in the same minute get 429 with {@code
   * Retry-After} and {@code X-RateLimit-*}. 0 turns the limiter off.
   */
  public Faults rateLimitPerMinute(int perMinute) {
    if (perMinute < 0) {
      throw new IllegalArgumentException("rateLimitPerMinute must be 0 (off) or positive");
    }
    this.rateLimitPerMinute = perMinute;
    return this;
  }

  /**
   * How a re-submitted {@code document_id} is treated (default {@link DuplicatePolicy#CONFLICT}).
   */
  public Faults duplicatePolicy(DuplicatePolicy policy) {
    this.duplicatePolicy = Objects.requireNonNull(policy, "duplicatePolicy");
    return this;
  }

  /** The next {@code count} authenticated requests are answered with {@code status} (400–599). */
  public synchronized Faults failNext(int count, int status) {
    if (count < 0 || status < 400 || status > 599) {
      throw new IllegalArgumentException("failNext needs count >= 0 and a status in 400..599");
    }
    this.failNextCount = count;
    this.failNextStatus = status;
    return this;
  }

  /** Turns every switch off again. */
  public synchronized Faults reset() {
    dropRate = 0;
    dropSilently = false;
    leakRate = 0;
    errorRate = 0;
    resetRate = 0;
    latency = Duration.ZERO;
    rateLimitPerMinute = 0;
    duplicatePolicy = DuplicatePolicy.CONFLICT;
    failNextCount = 0;
    return this;
  }

  public double dropRate() {
    return dropRate;
  }

  public boolean dropSilently() {
    return dropSilently;
  }

  public double leakRate() {
    return leakRate;
  }

  public double errorRate() {
    return errorRate;
  }

  public double resetRate() {
    return resetRate;
  }

  public Duration latency() {
    return latency;
  }

  public int rateLimitPerMinute() {
    return rateLimitPerMinute;
  }

  public DuplicatePolicy duplicatePolicy() {
    return duplicatePolicy;
  }

  /** Consumes one pending forced failure: its status, or 0 when none is pending. */
  public synchronized int takeFailNext() {
    if (failNextCount == 0) {
      return 0;
    }
    failNextCount--;
    return failNextStatus;
  }

  private static double checkRate(String name, double rate) {
    if (!(rate >= 0.0 && rate <= 1.0)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, got " + rate);
    }
    return rate;
  }

  @Override
  public synchronized String toString() {
    return "Faults[drop="
        + dropRate
        + (dropSilently ? " (silent)" : "")
        + ", leak="
        + leakRate
        + ", error="
        + errorRate
        + ", reset="
        + resetRate
        + ", latency="
        + latency.toMillis()
        + "ms, rateLimit="
        + rateLimitPerMinute
        + "/min, duplicates="
        + duplicatePolicy.id()
        + ", failNext="
        + failNextCount
        + "x"
        + failNextStatus
        + "]";
  }
}
