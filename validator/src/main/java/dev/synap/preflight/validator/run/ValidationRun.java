package dev.synap.preflight.validator.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.profile.Profiles;
import dev.synap.preflight.rules.read.CorruptInputException;
import dev.synap.preflight.rules.read.ExportInput;
import dev.synap.preflight.rules.read.RawRecord;
import dev.synap.preflight.rules.read.RecordDecoder;
import dev.synap.preflight.rules.read.RecordSplitter;
import dev.synap.preflight.rules.read.RecordSyntaxException;
import dev.synap.preflight.rules.read.Utf8Scanner;
import dev.synap.preflight.validator.check.Checks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One streaming validation of a set of export files. A reader thread cuts the files into records
 * and hands batches to a pool of workers that decode and check them in parallel; this thread
 * aggregates the results strictly in input order (counts, examples, duplicates, statistics), so the
 * outcome is the same whatever the thread count. A bounded queue between them keeps memory
 * independent of the input size.
 */
public final class ValidationRun {
  private static final int BATCH_RECORDS = 256;
  private static final long BATCH_BYTES = 2L << 20;
  private static final int SNIFF_RECORDS = 64;
  private static final Future<List<ProcessedRecord>> END = CompletableFuture.completedFuture(null);

  private final RunOptions options;
  private final RunProgress progress = new RunProgress();

  public ValidationRun(RunOptions options) {
    this.options = options;
  }

  /** Live progress, safe to read from another thread while {@link #run} works. */
  public RunProgress progress() {
    return progress;
  }

  /**
   * Validates the files. Never throws for bad content or unreadable files: those become findings or
   * {@link InputSummary#error()}.
   */
  public ValidationResult run(List<Path> inputs) {
    long started = System.nanoTime();
    List<String> names = inputs.stream().map(Path::toString).toList();
    FileMeta[] metas = new FileMeta[inputs.size()];
    long total = 0;
    for (int i = 0; i < metas.length; i++) {
      metas[i] = new FileMeta(names.get(i));
      total += sizeOrZero(inputs.get(i));
    }
    progress.start(total);
    RecordProcessor processor =
        new RecordProcessor(
            options.config(), Checks.standard(), options.identities(), options.clock().instant());
    BlockingQueue<Future<List<ProcessedRecord>>> queue =
        new ArrayBlockingQueue<>(options.threads() * 4);
    ExecutorService workers = Executors.newFixedThreadPool(options.threads(), named("worker"));
    Thread reader =
        named("reader").newThread(() -> readAll(inputs, names, metas, processor, workers, queue));
    reader.start();
    Aggregator aggregator = new Aggregator(options.config(), names, metas.length);
    try {
      aggregate(queue, aggregator);
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      aggregator.internalError("interrupted");
    } finally {
      workers.shutdownNow();
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    return aggregator.result(summaries(metas, aggregator), millis);
  }

  private void aggregate(BlockingQueue<Future<List<ProcessedRecord>>> queue, Aggregator agg)
      throws InterruptedException {
    while (true) {
      Future<List<ProcessedRecord>> next = queue.take();
      if (next == END) {
        return;
      }
      try {
        List<ProcessedRecord> batch = next.get();
        for (ProcessedRecord r : batch) {
          agg.add(r);
        }
        progress.recordsChecked(batch.size());
      } catch (ExecutionException e) {
        agg.internalError("a worker failed: " + e.getCause());
      }
    }
  }

  private void readAll(
      List<Path> inputs,
      List<String> names,
      FileMeta[] metas,
      RecordProcessor processor,
      ExecutorService workers,
      BlockingQueue<Future<List<ProcessedRecord>>> queue) {
    try {
      for (int i = 0; i < inputs.size(); i++) {
        readFile(i, inputs.get(i), names.get(i), metas[i], processor, workers, queue);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      putQuietly(queue, END);
    }
  }

  private void readFile(
      int index,
      Path path,
      String name,
      FileMeta meta,
      RecordProcessor processor,
      ExecutorService workers,
      BlockingQueue<Future<List<ProcessedRecord>>> queue)
      throws InterruptedException {
    if (Files.isDirectory(path)) {
      meta.error = "is a directory, not an export file";
      return;
    }
    if (!Files.exists(path)) {
      meta.error = "no such file";
      return;
    }
    // A pipe or process substitution (<(zcat x.gz)) is read like a file, but has no size to watch.
    boolean regular = Files.isRegularFile(path);
    FileState before;
    try {
      before = regular ? FileState.of(path) : null;
    } catch (IOException e) {
      meta.error = "cannot read: " + e.getMessage();
      return;
    }
    try (ExportInput in = ExportInput.open(path, index, options.config().limits())) {
      meta.size = in.sizeBytes();
      meta.format = in.format().id();
      meta.gzip = in.gzip();
      progress.reading(in::rawBytesRead);
      RecordSplitter splitter = in.splitter();
      List<RawRecord> pending = new ArrayList<>();
      CorruptInputException damage = null;
      Profile profile;
      try {
        // Read ahead before asking for the decoder: a CSV splitter knows its header only then.
        profile = sniff(splitter, pending, options.profile());
      } catch (CorruptInputException e) {
        damage = e;
        profile =
            options.profile() != null
                ? options.profile()
                : Profiles.bundled("generic").orElseThrow();
      }
      meta.profile = profile.name();
      Batcher batcher =
          new Batcher(new FileContext(index, name, profile, splitter.decoder()), processor);
      for (RawRecord r : pending) {
        batcher.add(r, workers, queue);
      }
      try {
        for (RawRecord r = damage == null ? splitter.next() : null;
            r != null;
            r = splitter.next()) {
          batcher.add(r, workers, queue);
        }
      } catch (CorruptInputException e) {
        damage = e;
      }
      if (damage != null) {
        batcher.add(
            RawRecord.problem(
                index,
                batcher.lineAfterLast(),
                damage.decompressedOffset(),
                RawRecord.Flaw.STRUCTURE,
                "reading stopped: "
                    + damage.getMessage()
                    + "; the records before this point were checked"),
            workers,
            queue);
      }
      batcher.flush(workers, queue);
      meta.sha256 = in.sha256Hex();
      if (regular) {
        FileState after = FileState.of(path);
        if (!after.equals(before) || in.rawBytesRead() != before.size()) {
          meta.error =
              "the file changed while it was read ("
                  + before.describe()
                  + " before, "
                  + after.describe()
                  + " after, "
                  + in.rawBytesRead()
                  + " bytes read); validate a copy that is not being written";
        }
      }
    } catch (IOException e) {
      meta.error = "cannot read: " + e.getMessage();
    } catch (RuntimeException e) {
      // A reader bug must not pass for a complete read: the file's verdict is void (exit 3).
      meta.error = "internal error while reading: " + e;
    } finally {
      progress.fileDone(meta.size);
    }
  }

  /**
   * Reads ahead until a record decodes to an object and returns {@code fixed}, or when it is null
   * the bundled profile that fits that record best.
   */
  private static Profile sniff(RecordSplitter splitter, List<RawRecord> pending, Profile fixed)
      throws IOException {
    while (pending.size() < SNIFF_RECORDS) {
      RawRecord r = splitter.next();
      if (r == null) {
        break;
      }
      pending.add(r);
      if (fixed != null) {
        return fixed;
      }
      RecordDecoder decoder = splitter.decoder();
      if (r.flaw() == RawRecord.Flaw.NONE) {
        byte[] copy = r.bytes().clone();
        Utf8Scanner.scanAndRepair(copy, copy.length);
        try {
          JsonNode value = decoder.decode(copy, copy.length).value();
          if (value != null && value.isObject()) {
            return Profiles.sniff(value);
          }
        } catch (RecordSyntaxException e) {
          // not this one; the worker reports it
        }
      }
    }
    return fixed != null ? fixed : Profiles.bundled("generic").orElseThrow();
  }

  private static List<InputSummary> summaries(FileMeta[] metas, Aggregator agg) {
    List<InputSummary> out = new ArrayList<>();
    for (int i = 0; i < metas.length; i++) {
      FileMeta m = metas[i];
      out.add(
          new InputSummary(
              m.name, m.size, m.sha256, m.format, m.gzip, m.profile, agg.records(i), m.error));
    }
    return out;
  }

  private static long sizeOrZero(Path p) {
    try {
      return Files.isRegularFile(p) ? Files.size(p) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private static void putQuietly(
      BlockingQueue<Future<List<ProcessedRecord>>> queue, Future<List<ProcessedRecord>> item) {
    while (true) {
      try {
        queue.put(item);
        return;
      } catch (InterruptedException e) {
        // the end marker must arrive or the aggregator would wait forever
      }
    }
  }

  private static java.util.concurrent.ThreadFactory named(String role) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "preflight-" + role + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Size and modification time of a file, to notice a file that changes while it is read. */
  private record FileState(long size, long modifiedMillis) {
    static FileState of(Path p) throws IOException {
      return new FileState(Files.size(p), Files.getLastModifiedTime(p).toMillis());
    }

    String describe() {
      return size + " bytes, modified " + Instant.ofEpochMilli(modifiedMillis);
    }
  }

  /** What the reader learns about a file; read by the caller after the reader has ended. */
  private static final class FileMeta {
    final String name;
    volatile long size;
    volatile String sha256;
    volatile String format;
    volatile boolean gzip;
    volatile String profile;
    volatile String error;

    FileMeta(String name) {
      this.name = name;
    }
  }

  /** Groups a file's records into batches of bounded size and submits them in order. */
  private static final class Batcher {
    private final FileContext file;
    private final RecordProcessor processor;
    private List<RawRecord> batch = new ArrayList<>(BATCH_RECORDS);
    private RawRecord last;
    private long bytes;

    Batcher(FileContext file, RecordProcessor processor) {
      this.file = file;
      this.processor = processor;
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

    void add(
        RawRecord r, ExecutorService workers, BlockingQueue<Future<List<ProcessedRecord>>> queue)
        throws InterruptedException {
      batch.add(r);
      last = r;
      bytes += r.bytes().length;
      if (batch.size() >= BATCH_RECORDS || bytes >= BATCH_BYTES) {
        flush(workers, queue);
      }
    }

    void flush(ExecutorService workers, BlockingQueue<Future<List<ProcessedRecord>>> queue)
        throws InterruptedException {
      if (batch.isEmpty()) {
        return;
      }
      List<RawRecord> work = batch;
      batch = new ArrayList<>(BATCH_RECORDS);
      bytes = 0;
      queue.put(workers.submit(() -> process(work)));
    }

    private List<ProcessedRecord> process(List<RawRecord> work) {
      List<ProcessedRecord> out = new ArrayList<>(work.size());
      for (RawRecord r : work) {
        out.add(processor.process(r, file));
      }
      return out;
    }
  }
}
