package dev.synap.preflight.loader.run;

import java.time.Duration;

/** Waits between retries and polling rounds; tests pass one that does not wait. */
@FunctionalInterface
public interface Sleeper {
  /** The real one. */
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

  /** Waits for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;
}
