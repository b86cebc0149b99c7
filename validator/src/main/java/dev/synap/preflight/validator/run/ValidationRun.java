package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.export.ExportThreads;
import dev.synap.preflight.validator.check.Checks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One streaming validation of a set of export files. A reader thread cuts the files into records
 * and hands batches to a pool of workers that decode and check them in parallel; this thread
 * aggregates the results strictly in input order (counts, examples, duplicates, statistics), so the
 * outcome is the same whatever the thread count. A bounded queue between them keeps memory
 * independent of the input size.
 */
public final class ValidationRun {
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
    ExecutorService workers =
        Executors.newFixedThreadPool(options.threads(), ExportThreads.named("worker"));
    Thread reader =
        ExportThreads.named("reader")
            .newThread(() -> readAll(inputs, names, metas, processor, workers, queue));
    reader.start();
    Aggregator aggregator =
        new Aggregator(options.config(), names, metas.length, options.baseline());
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
    FileReading reading =
        new FileReading(options, progress, processor, work -> queue.put(workers.submit(work)));
    try {
      for (int i = 0; i < inputs.size(); i++) {
        reading.read(i, inputs.get(i), names.get(i), metas[i]);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      putQuietly(queue, END);
    }
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
}
