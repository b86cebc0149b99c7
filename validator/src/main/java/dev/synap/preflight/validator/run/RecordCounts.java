package dev.synap.preflight.validator.run;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records (per file), documents, documents per source type and skipped items per reason: what the
 * run counts of every processed record. Mergeable, for an engine that counts in parts.
 */
public final class RecordCounts implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long[] recordsPerFile;
  private final TreeMap<String, Long> bySourceType = new TreeMap<>();
  private final TreeMap<String, Long> skipped = new TreeMap<>();
  private long records;
  private long documents;

  public RecordCounts(int files) {
    this.recordsPerFile = new long[files];
  }

  public void add(ProcessedRecord r) {
    if (r.isRecord()) {
      records++;
      recordsPerFile[r.fileIndex()]++;
    }
    if (r.isDocument()) {
      documents++;
      if (r.sourceType() != null) {
        bySourceType.merge(r.sourceType(), 1L, Long::sum);
      }
    }
    for (String reason : r.skipped()) {
      skipped.merge(reason, 1L, Long::sum);
    }
  }

  /** Adds {@code o} (of as many files) into these counts and returns them. */
  public RecordCounts merge(RecordCounts o) {
    records += o.records;
    documents += o.documents;
    for (int i = 0; i < recordsPerFile.length; i++) {
      recordsPerFile[i] += o.recordsPerFile[i];
    }
    o.bySourceType.forEach((k, v) -> bySourceType.merge(k, v, Long::sum));
    o.skipped.forEach((k, v) -> skipped.merge(k, v, Long::sum));
    return this;
  }

  public long records() {
    return records;
  }

  public long records(int fileIndex) {
    return recordsPerFile[fileIndex];
  }

  public long documents() {
    return documents;
  }

  /** Documents per source type, sorted by type. */
  public Map<String, Long> bySourceType() {
    return Collections.unmodifiableMap(new TreeMap<>(bySourceType));
  }

  /** Skipped source items per reason, sorted by reason. */
  public Map<String, Long> skipped() {
    return Collections.unmodifiableMap(new TreeMap<>(skipped));
  }
}
