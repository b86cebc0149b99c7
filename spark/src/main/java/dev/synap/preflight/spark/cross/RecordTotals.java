package dev.synap.preflight.spark.cross;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.validator.run.ProcessedRecord;
import dev.synap.preflight.validator.run.RecordCounts;
import dev.synap.preflight.validator.run.RunStats;
import dev.synap.preflight.validator.run.ScopeCounts;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts that add up across units: the validator's own record counts ({@link RecordCounts}:
 * records per file, documents, source types, skips) and statistics ({@link RunStats}: sizes,
 * months, documents per scope) and internal errors. Folded in the task as records are checked, then
 * merged on the driver. Per-user and per-customer counts are not here: they are grouped by a
 * shuffle ({@link ScopeTop}).
 */
public final class RecordTotals implements Serializable {
  private static final long serialVersionUID = 1L;

  private final RecordCounts counts;
  private final TreeMap<String, Long> months = new TreeMap<>();
  private final TreeMap<Pos, InternalError> internalErrors = new TreeMap<>();
  private transient RunStats stats;
  private long[] sizes;
  private long userScoped;
  private long customerScoped;
  private long clientScoped;

  /** An internal error of a record, with the line its message names (counted in its part). */
  private record InternalError(String message, long partLine) implements Serializable {}

  public RecordTotals(Instance instance, int files) {
    this.counts = new RecordCounts(files);
    this.stats = new RunStats(instance);
  }

  /** Counts a checked record at {@code pos}; not after {@link #finish()}. */
  public void add(ProcessedRecord r, Pos pos) {
    counts.add(r);
    stats.add(r);
    if (r.internalError() != null) {
      internalErrors.put(pos, new InternalError(r.internalError(), r.line()));
    }
  }

  /** Folds the statistics in; returns this. */
  public RecordTotals finish() {
    sizes = stats.sizes();
    months.putAll(stats.months());
    ScopeCounts s = stats.scopes(0);
    userScoped = s.userScoped();
    customerScoped = s.customerScoped();
    clientScoped = s.clientScoped();
    stats = null;
    return this;
  }

  /** Adds finished totals {@code o} into these (finished) and returns this. */
  public RecordTotals merge(RecordTotals o) {
    counts.merge(o.counts);
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] += o.sizes[i];
    }
    o.months.forEach((k, v) -> months.merge(k, v, Long::sum));
    userScoped += o.userScoped;
    customerScoped += o.customerScoped;
    clientScoped += o.clientScoped;
    internalErrors.putAll(o.internalErrors);
    return this;
  }

  /** Records, documents, source types and skips. */
  public RecordCounts counts() {
    return counts;
  }

  public long[] sizes() {
    return sizes.clone();
  }

  public Map<String, Long> months() {
    return Collections.unmodifiableMap(new TreeMap<>(months));
  }

  /**
   * Internal errors in input order; the {@code file:line} a message starts with names the file's
   * line.
   */
  public List<String> internalErrors(LineBases bases, List<String> names) {
    List<String> out = new ArrayList<>();
    internalErrors.forEach(
        (pos, e) -> {
          String file = names.get(pos.file());
          String prefix = file + ":" + e.partLine() + ":";
          long line = bases.line(pos.file(), pos.part(), e.partLine());
          out.add(
              e.message().startsWith(prefix)
                  ? file + ":" + line + ":" + e.message().substring(prefix.length())
                  : e.message());
        });
    return List.copyOf(out);
  }

  /** The scope counts with the distinct and busiest users and customers from the shuffle. */
  public ScopeCounts scopes(ScopeTop users, ScopeTop customers) {
    return new ScopeCounts(
        userScoped,
        customerScoped,
        clientScoped,
        users.distinct(),
        customers.distinct(),
        users.top(),
        customers.top());
  }
}
