package dev.synap.preflight.standin;

import dev.synap.preflight.standin.http.HttpFront;
import dev.synap.preflight.standin.store.Store;
import dev.synap.preflight.standin.telemetry.TelemetryCounts;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A running stand-in for the Synap API on 127.0.0.1. Start with {@link #start(StandinOptions)},
 * point a client at {@link #baseUri()}, flip {@link #faults()} while it runs, and {@link #close()}
 * it. With a state directory, {@code close()} followed by {@code start()} on the same directory
 * loses nothing that was acknowledged.
 */
public final class StandinServer implements AutoCloseable {
  private final HttpFront front;
  private final Store store;
  private final Faults faults;
  private final List<LeakRecord> leaks;
  private final URI baseUri;
  private final TelemetryCounts telemetry;
  private final RequestCounts requests;
  private boolean closed;

  private StandinServer(
      HttpFront front,
      Store store,
      Faults faults,
      List<LeakRecord> leaks,
      TelemetryCounts telemetry,
      RequestCounts requests) {
    this.front = front;
    this.telemetry = telemetry;
    this.requests = requests;
    this.store = store;
    this.faults = faults;
    this.leaks = leaks;
    this.baseUri = URI.create("http://127.0.0.1:" + front.port());
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
    Faults faults = new Faults();
    List<LeakRecord> leaks = new CopyOnWriteArrayList<>();
    TelemetryCounts telemetry = new TelemetryCounts();
    RequestCounts requests = new RequestCounts();
    HttpFront front;
    try {
      front = HttpFront.start(options, store, faults, leaks::add, telemetry, requests);
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
    return new StandinServer(front, store, faults, leaks, telemetry, requests);
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

  /** What the SDK's telemetry posts left: batch and event counts, nothing personal. */
  public TelemetryCounts telemetry() {
    return telemetry;
  }

  /** Requests served so far, by kind. */
  public RequestCounts requests() {
    return requests;
  }

  /** Every memory the stand-in holds now, in creation order. */
  public List<dev.synap.preflight.standin.store.StoredMemory> memories() {
    return store.memories();
  }

  /** Stops serving and closes the state log. Idempotent. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    front.stop();
    store.close();
  }
}
