package dev.synap.preflight.loader.diff;

import dev.synap.preflight.loader.journal.DocumentFingerprint;
import dev.synap.preflight.loader.journal.Fingerprint;
import dev.synap.preflight.rules.export.ExportReader;
import dev.synap.preflight.rules.export.ExportThreads;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.rules.source.SourceEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * The new export's pass for a diff, on other threads: a reader thread cuts the export into records
 * in order ({@link ExportReader#openRecords}) and hands chunks of them to workers that parse, map
 * and fingerprint them and keep only what a comparison needs (id, position, fingerprint: not the
 * text), so chunks waiting for the comparison cost little memory. {@link #next} gives the chunks in
 * input order, so the outcome does not depend on the number of threads.
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
   * @param file the file as given
   * @param line its line
   * @param byteOffset its byte offset
   * @param id its document_id, or null when blank or missing
   * @param fingerprint its fingerprint (null without an id)
   * @param event what was read that is not a document (null for a document)
   */
  record Item(
      String file,
      long line,
      long byteOffset,
      String id,
      Fingerprint fingerprint,
      SourceEvent event) {}

  private final BlockingQueue<Future<List<Item>>> queue = new ArrayBlockingQueue<>(WAITING);
  // Chunks of records not mapped yet (their bytes): a few per worker.
  private final Semaphore unmapped;
  private final ExecutorService workers;
  private final Thread reader;
  private volatile boolean ended;

  private ExportPass(ExportReader export, int threads) {
    workers = Executors.newFixedThreadPool(threads, ExportThreads.named("diff-worker"));
    unmapped = new Semaphore(threads * 4);
    reader = ExportThreads.named("diff-reader").newThread(() -> readAll(export));
  }

  /** Starts reading {@code export} with {@code threads} workers that map and fingerprint. */
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
      if (cause instanceof IOException io) {
        throw io;
      }
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
    try (ExportReader.RecordPass records = export.openRecords()) {
      List<ExportReader.Piece> chunk = new ArrayList<>(CHUNK);
      for (ExportReader.Piece p = records.next(); p != null; p = records.next()) {
        chunk.add(p);
        if (chunk.size() >= CHUNK) {
          hand(export, chunk);
          chunk = new ArrayList<>(CHUNK);
        }
      }
      hand(export, chunk);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | IOException | Error e) {
      putQuietly(CompletableFuture.failedFuture(e));
    } finally {
      putQuietly(END);
    }
  }

  private void hand(ExportReader export, List<ExportReader.Piece> chunk)
      throws InterruptedException {
    unmapped.acquire();
    try {
      queue.put(workers.submit(() -> mapped(export, chunk)));
    } catch (InterruptedException | RuntimeException e) {
      unmapped.release();
      throw e;
    }
  }

  private List<Item> mapped(ExportReader export, List<ExportReader.Piece> chunk) {
    try {
      List<Item> out = new ArrayList<>(chunk.size());
      for (ExportReader.Piece p : chunk) {
        for (SourceEvent e : p.events()) {
          out.add(item(export, e));
        }
      }
      return out;
    } finally {
      unmapped.release();
    }
  }

  private static Item item(ExportReader export, SourceEvent e) {
    if (!(e instanceof SourceEvent.Document d)) {
      return new Item(null, 0, -1, null, null, e);
    }
    MemoryDocument doc = export.mapped(d).document();
    String id = doc.documentId();
    if (id == null || id.isBlank()) {
      return new Item(d.file(), d.line(), d.byteOffset(), null, null, null);
    }
    return new Item(d.file(), d.line(), d.byteOffset(), id, DocumentFingerprint.compute(doc), null);
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
}
