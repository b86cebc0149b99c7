package dev.synap.preflight.standin;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the stand-in was asked, by kind of request, so that a test can say exactly what a client
 * sent: {@code batch} calls (refused ones included) and the {@code batch-documents} in those that
 * reached the batch route, {@code create}, {@code status}, {@code get} and {@code delete} of a
 * memory, and {@code fetch} of context. Requests that fail authentication are not counted; requests
 * refused by a fault (429, 5xx, reset) are.
 */
public final class RequestCounts {
  /** A batch call. */
  public static final String BATCH = "batch";

  /** A document inside a batch call. */
  public static final String BATCH_DOCUMENTS = "batch-documents";

  /** A status read. */
  public static final String STATUS = "status";

  /** A memory delete. */
  public static final String DELETE = "delete";

  private final Map<String, Long> counts = new TreeMap<>();

  /** Adds {@code n} to {@code kind}. */
  public synchronized void add(String kind, long n) {
    counts.merge(kind, n, Long::sum);
  }

  /** The count of {@code kind} so far (0 when none). */
  public synchronized long get(String kind) {
    return counts.getOrDefault(kind, 0L);
  }

  /** Every count so far, by kind. */
  public synchronized Map<String, Long> snapshot() {
    return Map.copyOf(counts);
  }
}
