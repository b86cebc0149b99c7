package dev.synap.preflight.spark.check;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Turns a producer that pushes items (the validator hands out checked records as it reads) into the
 * iterator a Spark task returns, through a bounded queue and one producer thread, so a task holds a
 * few thousand records at a time however large its file.
 */
final class PushIterator<T> implements Iterator<T> {
  /** A producer of items; may throw. */
  @FunctionalInterface
  interface Producer<T> {
    void run(Consumer<T> out) throws Exception;
  }

  private static final Object END = new Object();
  private static final int CAPACITY = 4096;

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final Thread thread;
  private volatile Throwable failure;
  private Object next;

  PushIterator(String name, Producer<T> producer) {
    thread =
        new Thread(
            () -> {
              try {
                producer.run(this::put);
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

  private void put(Object item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        thread.interrupt();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    if (next == END) {
      if (failure != null) {
        throw new IllegalStateException("reading failed: " + failure, failure);
      }
      return false;
    }
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T item = (T) next;
    next = null;
    return item;
  }
}
