package dev.synap.preflight.standin;

import com.sun.net.httpserver.HttpServer;
import dev.synap.preflight.standin.http.Router;
import dev.synap.preflight.standin.store.Store;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running stand-in for the Synap API on 127.0.0.1. Start with {@link #start(StandinOptions)},
 * point a client at {@link #baseUri()}, flip {@link #faults()} while it runs, and {@link #close()}
 * it. With a state directory, {@code close()} followed by {@code start()} on the same directory
 * loses nothing that was acknowledged.
 */
public final class StandinServer implements AutoCloseable {
  private final HttpServer http;
  private final ExecutorService executor;
  private final Store store;
  private final Faults faults;
  private final List<LeakRecord> leaks;
  private final URI baseUri;
  private boolean closed;

  private StandinServer(
      HttpServer http,
      ExecutorService executor,
      Store store,
      Faults faults,
      List<LeakRecord> leaks) {
    this.http = http;
    this.executor = executor;
    this.store = store;
    this.faults = faults;
    this.leaks = leaks;
    this.baseUri = URI.create("http://127.0.0.1:" + http.getAddress().getPort());
  }

  /** Replays the state directory (if any), binds the port on loopback and starts serving. */
  public static StandinServer start(StandinOptions options) throws IOException {
    Store store =
        Store.open(
            options.instance(),
            options.clock(),
            options.seed(),
            options.ingestionDelay(),
            options.stateDir());
    HttpServer http;
    try {
      http =
          HttpServer.create(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
    } catch (IOException e) {
      store.close();
      throw e;
    }
    Faults faults = new Faults();
    List<LeakRecord> leaks = new CopyOnWriteArrayList<>();
    http.createContext("/", new Router(options, store, faults, leaks::add));
    AtomicInteger n = new AtomicInteger();
    ExecutorService executor =
        Executors.newFixedThreadPool(
            16,
            r -> {
              Thread t = new Thread(r, "standin-http-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    http.setExecutor(executor);
    http.start();
    return new StandinServer(http, executor, store, faults, leaks);
  }

  /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
  public URI baseUri() {
    return baseUri;
  }

  /** The live fault switches. */
  public Faults faults() {
    return faults;
  }

  /** Waits until every accepted ingestion is completed or failed; false on timeout. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    return store.awaitIdle(timeout);
  }

  /** Every item the leak fault injected so far, oldest first. */
  public List<LeakRecord> leaks() {
    return List.copyOf(leaks);
  }

  /** Stops serving and closes the state log. Idempotent. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    http.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    store.close();
  }
}
