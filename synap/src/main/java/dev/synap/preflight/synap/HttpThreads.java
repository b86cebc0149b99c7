package dev.synap.preflight.synap;

import java.util.List;

/**
 * Ends the JDK HTTP client's selector threads when the process is done with every client. JDK 17's
 * {@code HttpClient} has no {@code close()} (it came in JDK 21): its selector thread waits in
 * native code until the client is collected, and HotSpot's exit waits up to 300 ms for threads in
 * native code before it gives up on them, so every command that spoke to Synap ended 0.3 s late.
 * The selector loop stops when its thread is interrupted. Call only when no request is in flight
 * and none will be made (just before the process exits): a client used afterwards fails.
 */
public final class HttpThreads {
  private static final String PREFIX = "HttpClient-";
  private static final String SUFFIX = "-SelectorManager";

  private HttpThreads() {}

  /**
   * Interrupts every HTTP client selector thread and waits up to {@code waitMillis} for each to
   * end; returns how many are still alive.
   */
  public static int release(long waitMillis) {
    return release(selectors(), waitMillis);
  }

  /** The live selector threads of every HTTP client of the process. */
  static List<Thread> selectors() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith(PREFIX) && t.getName().endsWith(SUFFIX))
        .filter(Thread::isAlive)
        .toList();
  }

  /** Interrupts {@code threads}, waits for each; returns how many are still alive. */
  static int release(List<Thread> threads, long waitMillis) {
    int alive = 0;
    for (Thread t : threads) {
      t.interrupt();
      try {
        t.join(waitMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      alive += t.isAlive() ? 1 : 0;
    }
    return alive;
  }
}
