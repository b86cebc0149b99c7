package dev.synap.preflight.loader.testing;

import java.util.Random;

/** Decides, from a seeded random, whether to crash at each step. */
public final class Crasher {
  private final Random random;
  private volatile double probability;

  /** A crasher crashing each step with {@code probability}. */
  public Crasher(long seed, double probability) {
    this.random = new Random(seed);
    this.probability = probability;
  }

  /** Turns crashing off (or on again). */
  public void probability(double p) {
    this.probability = p;
  }

  /** Maybe throws {@link Crash}. */
  public void maybe(String where) {
    boolean crash;
    synchronized (random) {
      crash = probability > 0 && random.nextDouble() < probability;
    }
    if (crash) {
      throw new Crash(where);
    }
  }
}
