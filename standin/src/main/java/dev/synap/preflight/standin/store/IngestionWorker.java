package dev.synap.preflight.standin.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs ingestions asynchronously on one thread, in the order they were accepted: {@code queued} for
 * one delay, {@code processing} for another, then finished by the store.
 */
final class IngestionWorker {
  private final ScheduledExecutorService scheduler;
  private final long delayMillis;
  private final Consumer<String> start;
  private final Consumer<String> finish;
  private int pending;

  IngestionWorker(Duration delay, Consumer<String> start, Consumer<String> finish) {
    this.delayMillis = delay.toMillis();
    this.start = start;
    this.finish = finish;
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread t = new Thread(runnable, "standin-ingest");
              t.setDaemon(true);
              return t;
            });
  }

  synchronized void submit(String ingestionId) {
    pending++;
    scheduler.schedule(() -> stageOne(ingestionId), delayMillis, TimeUnit.MILLISECONDS);
  }

  private void stageOne(String ingestionId) {
    try {
      start.accept(ingestionId);
      scheduler.schedule(() -> stageTwo(ingestionId), delayMillis, TimeUnit.MILLISECONDS);
    } catch (RuntimeException e) {
      done();
      throw e;
    }
  }

  private void stageTwo(String ingestionId) {
    try {
      finish.accept(ingestionId);
    } finally {
      done();
    }
  }

  private synchronized void done() {
    pending--;
    notifyAll();
  }

  /** Waits until nothing is queued or processing; false when the timeout came first. */
  synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (pending > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }

  void shutdown() throws InterruptedException {
    scheduler.shutdownNow();
    scheduler.awaitTermination(10, TimeUnit.SECONDS);
  }
}
