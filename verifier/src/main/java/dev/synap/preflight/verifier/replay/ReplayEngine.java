package dev.synap.preflight.verifier.replay;

import dev.synap.preflight.verifier.query.VerifyQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Replays queries through a {@link ContextFetcher} on a fixed pool of {@code concurrency} threads.
 * A failing fetch is recorded as that query's error and the run goes on; results come back in the
 * queries' order whatever the completion order. The rate limit is the fetcher's (the client's).
 */
public final class ReplayEngine {
  private final ContextFetcher fetcher;
  private final int concurrency;
  private final LongSupplier nanoTime;

  /**
   * @param nanoTime the clock latency is measured with ({@code System::nanoTime})
   */
  public ReplayEngine(ContextFetcher fetcher, int concurrency, LongSupplier nanoTime) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    this.fetcher = fetcher;
    this.concurrency = concurrency;
    this.nanoTime = nanoTime;
  }

  /**
   * Fetches every query (asking for {@code maxResults} items) and applies {@code then} to each
   * replay on the worker thread (e.g. attribution, which may call the service again).
   */
  public <R> List<R> run(List<VerifyQuery> queries, int maxResults, Function<Replay, R> then)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, threads());
    try {
      List<Future<R>> futures = new ArrayList<>(queries.size());
      for (VerifyQuery q : queries) {
        Callable<R> task = () -> then.apply(fetch(q, maxResults));
        futures.add(pool.submit(task));
      }
      List<R> out = new ArrayList<>(queries.size());
      for (Future<R> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException(
              "verifying a query failed: " + e.getCause(), e.getCause());
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** One fetch, never throwing: a failure becomes the replay's error. */
  Replay fetch(VerifyQuery q, int maxResults) {
    long start = nanoTime.getAsLong();
    try {
      List<FetchedItem> items = fetcher.fetch(q.scope(), q.text(), maxResults);
      long took = nanoTime.getAsLong() - start;
      if (items == null) {
        return new Replay(q, List.of(), took, "the fetch returned no item list");
      }
      return new Replay(q, items, took, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Replay(q, List.of(), nanoTime.getAsLong() - start, "interrupted");
    } catch (Exception e) {
      String m = e.getMessage();
      String error = e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
      return new Replay(q, List.of(), nanoTime.getAsLong() - start, error);
    }
  }

  private static ThreadFactory threads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "verify-replay-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
