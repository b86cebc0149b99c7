package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.read.RawRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Groups a file's records into batches of bounded size and submits them in order. */
final class Batcher {
  /**
   * Where a batch's work goes, in order: to the run's worker pool, or run right away on the
   * caller's thread (an engine that parallelizes files or parts of them itself).
   */
  @FunctionalInterface
  interface Submit {
    void submit(Callable<List<ProcessedRecord>> work) throws InterruptedException;
  }

  private static final int BATCH_RECORDS = 256;
  private static final long BATCH_BYTES = 2L << 20;

  private final FileContext file;
  private final RecordProcessor processor;
  private final Submit submit;
  private List<Work> batch = new ArrayList<>(BATCH_RECORDS);
  private RawRecord last;
  private long bytes;
  private long added;

  Batcher(FileContext file, RecordProcessor processor, Submit submit) {
    this.file = file;
    this.processor = processor;
    this.submit = submit;
  }

  /** Whether anything at all (a record or a finding about the file) was added. */
  boolean isEmpty() {
    return added == 0;
  }

  /** The physical line after the last record added (1 before any): where reading stopped. */
  long lineAfterLast() {
    if (last == null) {
      return 1;
    }
    long breaks = 0;
    for (byte b : last.bytes()) {
      breaks += b == '\n' ? 1 : 0;
    }
    return last.line() + breaks + 1;
  }

  /** A record and where it is in its document (a JSON pointer). */
  record Work(RawRecord raw, String pointer) {}

  void add(RawRecord r) throws InterruptedException {
    add(r, "");
  }

  void add(RawRecord r, String pointer) throws InterruptedException {
    batch.add(new Work(r, pointer));
    last = r;
    added++;
    bytes += r.bytes().length;
    if (batch.size() >= BATCH_RECORDS || bytes >= BATCH_BYTES) {
      flush();
    }
  }

  void flush() throws InterruptedException {
    if (batch.isEmpty()) {
      return;
    }
    List<Work> work = batch;
    batch = new ArrayList<>(BATCH_RECORDS);
    bytes = 0;
    submit.submit(() -> process(work));
  }

  private List<ProcessedRecord> process(List<Work> work) {
    List<ProcessedRecord> out = new ArrayList<>(work.size());
    for (Work w : work) {
      out.addAll(processor.process(w.raw(), w.pointer(), file));
    }
    return out;
  }
}
