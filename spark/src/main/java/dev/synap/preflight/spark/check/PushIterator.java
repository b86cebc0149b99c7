package dev.synap.preflight.spark.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Turns a producer that pushes items (the validator hands out checked records as it reads) into the
 * iterator a Spark task returns, through a bounded queue of batches and one producer thread, so a
 * task holds a few thousand records at a time however large its file.
 */
final class PushIterator<T> implements Iterator<T> {
  /** A producer of items; may throw. */
  @FunctionalInterface
  interface Producer<T> {
    void run(Consumer<T> out) throws Exception;
  }

  private static final List<Object> END = Collections.emptyList();
  private static final int BATCH = 256;
  private static final int BATCHES = 16;

  private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(BATCHES);
  private final Thread thread;
  private volatile Throwable failure;
  private List<Object> pending = new ArrayList<>(BATCH);
  private List<Object> current = List.of();
  private int at;
  private boolean ended;

  PushIterator(String name, Producer<T> producer) {
    thread =
        new Thread(
            () -> {
              try {
                producer.run(this::add);
                put(pending);
              } catch (Throwable t) {
                failure = t;
              } finally {
                put(END);
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
  }

  /** On the producer's thread. */
  private void add(T item) {
    pending.add(item);
    if (pending.size() == BATCH) {
      put(pending);
      pending = new ArrayList<>(BATCH);
    }
  }

  private void put(List<Object> batch) {
    try {
      queue.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @Override
  public boolean hasNext() {
    while (at == current.size() && !ended) {
      try {
        current = queue.take();
      } catch (InterruptedException e) {
        thread.interrupt();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      at = 0;
      ended = current == END;
    }
    if (ended && failure != null) {
      throw new IllegalStateException("reading failed: " + failure, failure);
    }
    return at < current.size();
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return (T) current.get(at++);
  }
}
