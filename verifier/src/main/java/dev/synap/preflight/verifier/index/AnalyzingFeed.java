package dev.synap.preflight.verifier.index;

import dev.synap.preflight.rules.model.MemoryDocument;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;

/**
 * Two-stage index feed: a reader thread reads the export (parsing, mapping) and analyzes each
 * document's text; the calling thread takes them in the export's order and indexes them. The two
 * stages cost about the same, so on two cores a build takes about half the time; the order, and so
 * the index, is the same as with one thread.
 */
final class AnalyzingFeed {
  /** A document with its analyzed text. */
  record Analyzed(MemoryDocument document, AnalyzedText text) {}

  /** What the indexing stage does with each document. */
  @FunctionalInterface
  interface Indexer {
    void index(Analyzed document) throws IOException;
  }

  private static final int CAPACITY = 512;
  private static final Object END = new Object();

  private record Failure(Throwable cause) {}

  private static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("the index build stopped", null, false, false);
    }
  }

  private AnalyzingFeed() {}

  /**
   * Feeds every document of {@code source}, analyzed with {@code analyzer} as {@code field}, to
   * {@code indexer} on the calling thread; returns when both stages are done. A failure of either
   * stage stops the other and is thrown here.
   */
  static void run(DocumentSource source, Analyzer analyzer, String field, Indexer indexer)
      throws IOException {
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    AtomicBoolean stop = new AtomicBoolean();
    Thread reader =
        new Thread(() -> read(source, analyzer, field, queue, stop), "baseline-index-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      for (Object item = take(queue); item != END; item = take(queue)) {
        if (item instanceof Failure f) {
          throw rethrow(f.cause());
        }
        indexer.index((Analyzed) item);
      }
    } finally {
      stop.set(true);
      queue.clear();
      join(reader);
    }
  }

  private static void read(
      DocumentSource source,
      Analyzer analyzer,
      String field,
      BlockingQueue<Object> queue,
      AtomicBoolean stop) {
    Object last = END;
    try {
      source.feed(
          doc ->
              put(
                  queue,
                  new Analyzed(doc, AnalyzedText.of(analyzer, field, doc.document())),
                  stop));
    } catch (Cancelled e) {
      return;
    } catch (Throwable t) { // handed to the indexing thread, which throws it
      last = new Failure(t);
    }
    try {
      put(queue, last, stop);
    } catch (Cancelled e) {
      // the indexing stage has stopped: nobody waits for the end
    }
  }

  private static void put(BlockingQueue<Object> queue, Object item, AtomicBoolean stop) {
    if (stop.get()) {
      throw new Cancelled();
    }
    try {
      while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
        if (stop.get()) {
          throw new Cancelled();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Cancelled();
    }
  }

  private static Object take(BlockingQueue<Object> queue) throws InterruptedIOException {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while building the baseline index");
    }
  }

  private static IOException rethrow(Throwable t) {
    if (t instanceof IOException e) {
      return e;
    }
    if (t instanceof UncheckedIOException e) {
      return e.getCause();
    }
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IOException(t);
  }

  private static void join(Thread reader) {
    boolean interrupted = false;
    while (reader.isAlive()) {
      try {
        reader.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
