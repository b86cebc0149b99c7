package dev.synap.preflight.spark.cross;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.spark.check.Checked;
import dev.synap.preflight.validator.run.ProcessedRecord;
import dev.synap.preflight.validator.run.RunStats;
import dev.synap.preflight.validator.run.ScopeCounts;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts that add up across partitions: records (per file), documents, documents per source
 * type, skipped items per reason, and the validator's own statistics ({@link RunStats}: sizes,
 * months, documents per scope). Per-user and per-customer counts are not here: they are grouped by
 * a shuffle ({@link ScopeTop}).
 */
public final class RecordTotals implements Serializable {
  private static final long serialVersionUID = 1L;

  long records;
  long documents;
  final long[] recordsPerFile;
  final TreeMap<String, Long> bySourceType = new TreeMap<>();
  final TreeMap<String, Long> skipped = new TreeMap<>();
  long[] sizes;
  final TreeMap<String, Long> months = new TreeMap<>();
  long userScoped;
  long customerScoped;
  long clientScoped;
  final TreeMap<Pos, String> internalErrors = new TreeMap<>();

  RecordTotals(int files) {
    recordsPerFile = new long[files];
  }

  /** The totals of one partition's checked records. */
  public static RecordTotals of(
      Instance instance, int files, LineBases bases, List<String> names, Iterator<Checked> it) {
    RecordTotals t = new RecordTotals(files);
    RunStats stats = new RunStats(instance);
    while (it.hasNext()) {
      Checked c = it.next();
      ProcessedRecord r = c.record();
      if (r == null) {
        continue;
      }
      if (r.isRecord()) {
        t.records++;
        t.recordsPerFile[r.fileIndex()]++;
      }
      if (r.isDocument()) {
        t.documents++;
        if (r.sourceType() != null) {
          t.bySourceType.merge(r.sourceType(), 1L, Long::sum);
        }
      }
      for (String reason : r.skipped()) {
        t.skipped.merge(reason, 1L, Long::sum);
      }
      stats.add(r);
      if (r.internalError() != null) {
        t.internalErrors.put(
            new Pos(c.fileIndex(), c.part(), c.seq(), 0),
            fileLine(
                r.internalError(),
                names.get(r.fileIndex()),
                r.line(),
                bases.line(c.fileIndex(), c.part(), r.line())));
      }
    }
    t.sizes = stats.sizes();
    stats.months().forEach((k, v) -> t.months.merge(k, v, Long::sum));
    ScopeCounts s = stats.scopes(0);
    t.userScoped = s.userScoped();
    t.customerScoped = s.customerScoped();
    t.clientScoped = s.clientScoped();
    return t;
  }

  /** An internal error names {@code file:line}: the part's line becomes the file's. */
  private static String fileLine(String message, String file, long partLine, long fileLine) {
    String prefix = file + ":" + partLine + ":";
    return message.startsWith(prefix)
        ? file + ":" + fileLine + ":" + message.substring(prefix.length())
        : message;
  }

  /** Adds {@code o} into this and returns this. */
  public RecordTotals merge(RecordTotals o) {
    records += o.records;
    documents += o.documents;
    for (int i = 0; i < recordsPerFile.length; i++) {
      recordsPerFile[i] += o.recordsPerFile[i];
    }
    o.bySourceType.forEach((k, v) -> bySourceType.merge(k, v, Long::sum));
    o.skipped.forEach((k, v) -> skipped.merge(k, v, Long::sum));
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

  public long records() {
    return records;
  }

  public long documents() {
    return documents;
  }

  public long records(int file) {
    return recordsPerFile[file];
  }

  public Map<String, Long> bySourceType() {
    return java.util.Collections.unmodifiableMap(new TreeMap<>(bySourceType));
  }

  public Map<String, Long> skipped() {
    return java.util.Collections.unmodifiableMap(new TreeMap<>(skipped));
  }

  public long[] sizes() {
    return sizes.clone();
  }

  public Map<String, Long> months() {
    return new TreeMap<>(months);
  }

  public List<String> internalErrors() {
    return List.copyOf(internalErrors.values());
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
