package dev.synap.preflight.cli.verify;

import dev.synap.preflight.verifier.replay.ContextFetcher;
import dev.synap.preflight.verifier.replay.FetchedItem;
import dev.synap.preflight.verifier.scope.QueryScope;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts finished fetches and reports every tenth of the run on stderr. */
public final class ProgressFetcher implements ContextFetcher {
  private final ContextFetcher inner;
  private final int total;
  private final PrintWriter err;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();

  public ProgressFetcher(ContextFetcher inner, int total, PrintWriter err) {
    this.inner = inner;
    this.total = total;
    this.err = err;
  }

  @Override
  public List<FetchedItem> fetch(QueryScope scope, String query, int maxResults) throws Exception {
    try {
      return inner.fetch(scope, query, maxResults);
    } catch (Exception e) {
      failed.incrementAndGet();
      throw e;
    } finally {
      int n = done.incrementAndGet();
      int step = Math.max(1, total / 10);
      if (n % step == 0 || n == total) {
        synchronized (err) {
          err.println(
              "verify: " + n + "/" + total + " queries replayed, " + failed.get() + " failed");
          err.flush();
        }
      }
    }
  }
}
