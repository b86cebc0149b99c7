package dev.synap.preflight.standin.store;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Reproducible UUIDs: the n-th id of a seed is always the same. The counter is persisted with every
 * log event so a restarted stand-in never hands out an id twice.
 */
public final class IdSource {
  private final long seed;
  private long counter;

  public IdSource(long seed) {
    this.seed = seed;
  }

  /** The next id. */
  public synchronized String next() {
    counter++;
    byte[] name = ("synap-standin:" + seed + ":" + counter).getBytes(StandardCharsets.UTF_8);
    return UUID.nameUUIDFromBytes(name).toString();
  }

  /** How many ids were handed out. */
  public synchronized long counter() {
    return counter;
  }

  /** Moves past ids handed out before a restart. */
  public synchronized void advanceTo(long value) {
    counter = Math.max(counter, value);
  }
}
