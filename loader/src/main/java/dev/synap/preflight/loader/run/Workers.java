package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalClosedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs {@code n} copies of a worker loop. The first failure closes the journal at once (nothing
 * more is written, as if the process had died there) and stops the other workers; the failure that
 * caused the stop is rethrown, not the refusals of the closed journal it led to.
 */
final class Workers {
  private static final AtomicInteger POOL = new AtomicInteger();

  /** One worker loop; returns when there is no more work. */
  @FunctionalInterface
  interface Loop {
    void run() throws Exception;
  }

  private Workers() {}

  static void run(int n, String name, Journal journal, Loop loop) throws Exception {
    int pool = POOL.incrementAndGet();
    AtomicInteger thread = new AtomicInteger();
    ExecutorService exec =
        Executors.newFixedThreadPool(
            n,
            r -> {
              Thread t =
                  new Thread(r, "preflight-" + name + "-" + pool + "-" + thread.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    ExecutorCompletionService<Void> done = new ExecutorCompletionService<>(exec);
    List<Future<Void>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        futures.add(
            done.submit(
                () -> {
                  loop.run();
                  return null;
                }));
      }
      for (int i = 0; i < n; i++) {
        try {
          done.take().get();
        } catch (ExecutionException e) {
          journal.close();
          exec.shutdownNow();
          exec.awaitTermination(1, TimeUnit.MINUTES);
          throw rethrow(cause(futures, e.getCause()));
        }
      }
    } finally {
      exec.shutdownNow();
    }
  }

  /** The failure that stopped the run: an Error first, then anything but a closed journal. */
  private static Throwable cause(List<Future<Void>> futures, Throwable first) {
    Throwable best = first;
    for (Future<Void> f : futures) {
      if (!f.isDone() || f.isCancelled()) {
        continue;
      }
      try {
        f.get();
      } catch (ExecutionException e) {
        best = rank(e.getCause()) > rank(best) ? e.getCause() : best;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return best;
  }

  private static int rank(Throwable t) {
    if (t instanceof Error) {
      return 3;
    }
    if (t instanceof JournalClosedException || t instanceof InterruptedException) {
      return 1;
    }
    return 2;
  }

  private static Exception rethrow(Throwable t) {
    if (t instanceof Error e) {
      throw e;
    }
    return (Exception) t;
  }
}
