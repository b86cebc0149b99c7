package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Distributions an auditor wants next to the findings: document sizes, creation months, and how
 * many documents land in each Synap scope and for which users and customers. Aggregator thread
 * only; memory grows with the number of distinct users and customers.
 */
public final class RunStats {
  /** Upper bounds (exclusive) of the size buckets, in bytes; the last bucket is open. */
  static final long[] SIZE_BOUNDS = {
    1L << 10, 4L << 10, 16L << 10, 64L << 10, 128L << 10, 512L << 10
  };

  static final List<String> SIZE_LABELS =
      List.of(
          "< 1 KiB", "1–4 KiB", "4–16 KiB", "16–64 KiB", "64–128 KiB", "128–512 KiB", "≥ 512 KiB");

  private final Instance instance;
  private final long[] sizes = new long[SIZE_BOUNDS.length + 1];
  private final TreeMap<String, Long> months = new TreeMap<>();
  private final Map<String, long[]> users = new HashMap<>();
  private final Map<String, long[]> customers = new HashMap<>();
  private long userScoped;
  private long customerScoped;
  private long clientScoped;
  private long noCreatedAt;

  public RunStats(Instance instance) {
    this.instance = instance;
  }

  public void add(ProcessedRecord r) {
    if (!r.isDocument()) {
      return;
    }
    if (r.documentBytes() >= 0) {
      int b = 0;
      while (b < SIZE_BOUNDS.length && r.documentBytes() >= SIZE_BOUNDS[b]) {
        b++;
      }
      sizes[b]++;
    }
    if (r.createdMonth() != null) {
      months.merge(r.createdMonth(), 1L, Long::sum);
    } else {
      noCreatedAt++;
    }
    if (r.userId() != null) {
      users.computeIfAbsent(r.userId(), k -> new long[1])[0]++;
    }
    if (r.customerId() != null) {
      customers.computeIfAbsent(r.customerId(), k -> new long[1])[0]++;
    }
    scope(r.userId(), r.customerId());
  }

  private void scope(String user, String customer) {
    switch (Scope.of(instance, user, customer).level()) {
      case USER -> userScoped++;
      case CUSTOMER -> customerScoped++;
      case CLIENT -> clientScoped++;
      case REJECTED -> {
        // B2B user without customer: rejected by Synap (scope-mismatch), counted in no scope.
      }
    }
  }

  public ScopeCounts scopes(int top) {
    return new ScopeCounts(
        userScoped,
        customerScoped,
        clientScoped,
        users.size(),
        customers.size(),
        top(users, top),
        top(customers, top));
  }

  public long[] sizes() {
    return sizes.clone();
  }

  public Map<String, Long> months() {
    TreeMap<String, Long> out = new TreeMap<>(months);
    if (noCreatedAt > 0) {
      out.put("none", noCreatedAt);
    }
    return out;
  }

  private static List<Map.Entry<String, Long>> top(Map<String, long[]> counts, int n) {
    List<Map.Entry<String, Long>> all = new ArrayList<>();
    counts.forEach((k, v) -> all.add(Map.entry(k, v[0])));
    all.sort(
        Comparator.comparing((Map.Entry<String, Long> e) -> e.getValue())
            .reversed()
            .thenComparing(Map.Entry::getKey));
    return all.size() > n ? List.copyOf(all.subList(0, n)) : all;
  }
}
