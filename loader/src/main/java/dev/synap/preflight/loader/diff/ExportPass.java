package dev.synap.preflight.loader.diff;

import dev.synap.preflight.loader.journal.DocumentFingerprint;
import dev.synap.preflight.loader.journal.Fingerprint;
import dev.synap.preflight.rules.export.ExportDocument;
import dev.synap.preflight.rules.export.ExportReader;
import dev.synap.preflight.rules.source.SourceEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The new export's pass for a diff, on other threads: a reader thread reads and maps the export (in
 * order, as every pass of {@link ExportReader} does) and hands chunks of documents to workers that
 * fingerprint them and keep only what a comparison needs (id, position, fingerprint: not the text),
 * so chunks waiting for the comparison cost little memory. {@link #next} gives the chunks in input
 * order, so the outcome does not depend on the number of threads.
 */
final class ExportPass implements AutoCloseable {
  private static final int CHUNK = 256;

  /**
   * Up to this many chunks wait for the comparison (about 50 MB of ids, positions and
   * fingerprints), so that the export is read on while the journals are.
   */
  private static final int WAITING = 1024;

  private static final Future<List<Item>> END = CompletableFuture.completedFuture(null);

  /**
   * One thing read: a document (its id null when it has none) or something that is not one.
   *
   * @param seq the document's 0-based position among the export's documents (-1 for an event)
   * @param file the file as given
   * @param line its line
   * @param byteOffset its byte offset
   * @param id its document_id, or null when blank or missing
   * @param fingerprint its fingerprint (null without an id)
   * @param event what was read that is not a document (null for a document)
   */
  record Item(
      long seq,
      String file,
      long line,
      long byteOffset,
      String id,
      Fingerprint fingerprint,
      SourceEvent event) {}

  private final BlockingQueue<Future<List<Item>>> queue = new ArrayBlockingQueue<>(WAITING);
  // Chunks still holding whole documents (text and all): a few per worker.
  private final Semaphore unfingerprinted;
  private final ExecutorService workers;
  private final Thread reader;
  private volatile boolean ended;
  private List<Object> filling = new ArrayList<>(CHUNK); // the reader thread's alone

  private ExportPass(ExportReader export, int threads) {
    workers = Executors.newFixedThreadPool(threads, named("diff-worker"));
    unfingerprinted = new Semaphore(threads * 4);
    reader = named("diff-reader").newThread(() -> readAll(export));
  }

  /** Starts reading {@code export} with {@code threads} fingerprinting workers. */
  static ExportPass start(ExportReader export, int threads) {
    ExportPass pass = new ExportPass(export, Math.max(1, threads));
    pass.reader.start();
    return pass;
  }

  /**
   * The next chunk in input order, or null at the end.
   *
   * @throws IOException an export file that could not be read
   */
  List<Item> next() throws IOException, InterruptedException {
    if (ended) {
      return null;
    }
    Future<List<Item>> f = queue.take();
    if (f == END) {
      ended = true;
      return null;
    }
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private void readAll(ExportReader export) {
    try (ExportReader.Cursor c = export.open(this::event)) {
      while (c.hasNext()) {
        filling.add(c.next());
        if (filling.size() >= CHUNK) {
          hand();
        }
      }
      hand();
    } catch (InterruptedException | CancellationException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | IOException | Error e) {
      putQuietly(CompletableFuture.failedFuture(e));
    } finally {
      putQuietly(END);
    }
  }

  /** A record that is not a document: kept in its place among the documents. */
  private void event(SourceEvent e) {
    filling.add(e);
    if (filling.size() >= CHUNK) {
      try {
        hand();
      } catch (InterruptedException x) {
        Thread.currentThread().interrupt();
        throw new CancellationException("the diff stopped");
      }
    }
  }

  private void hand() throws InterruptedException {
    List<Object> chunk = filling;
    filling = new ArrayList<>(CHUNK);
    unfingerprinted.acquire();
    try {
      queue.put(workers.submit(() -> fingerprinted(chunk)));
    } catch (InterruptedException | RuntimeException e) {
      unfingerprinted.release();
      throw e;
    }
  }

  private List<Item> fingerprinted(List<Object> chunk) {
    try {
      return fingerprint(chunk);
    } finally {
      unfingerprinted.release();
    }
  }

  private static List<Item> fingerprint(List<Object> chunk) {
    List<Item> out = new ArrayList<>(chunk.size());
    for (Object o : chunk) {
      if (o instanceof ExportDocument d) {
        String id = d.hasId() ? d.document().documentId() : null;
        Fingerprint fp = id == null ? null : DocumentFingerprint.compute(d.document());
        out.add(new Item(d.seq(), d.file(), d.line(), d.byteOffset(), id, fp, null));
      } else {
        out.add(new Item(-1, null, 0, -1, null, null, (SourceEvent) o));
      }
    }
    return out;
  }

  private void putQuietly(Future<List<Item>> item) {
    while (true) {
      try {
        queue.put(item);
        return;
      } catch (InterruptedException e) {
        if (ended) {
          return; // the comparison stopped reading: nobody waits for the end marker
        }
      }
    }
  }

  @Override
  public void close() {
    ended = true;
    reader.interrupt();
    queue.clear();
    workers.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory named(String role) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "preflight-" + role + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
