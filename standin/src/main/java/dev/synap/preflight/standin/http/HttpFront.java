package dev.synap.preflight.standin.http;

import com.sun.net.httpserver.HttpServer;
import dev.synap.preflight.standin.Faults;
import dev.synap.preflight.standin.LeakRecord;
import dev.synap.preflight.standin.RequestCounts;
import dev.synap.preflight.standin.StandinOptions;
import dev.synap.preflight.standin.store.Store;
import dev.synap.preflight.standin.telemetry.TelemetryCounts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** The JDK HTTP server bound to 127.0.0.1 with the {@link Router} and its worker threads. */
@SuppressForbidden(reason = "jdk.httpserver is an exported JDK module; no server dependency")
public final class HttpFront {
  private final HttpServer server;
  private final ExecutorService executor;

  private HttpFront(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Binds the loopback port and starts serving. */
  public static HttpFront start(
      StandinOptions options,
      Store store,
      Faults faults,
      Consumer<LeakRecord> leaks,
      TelemetryCounts telemetry,
      RequestCounts requests)
      throws IOException {
    HttpServer server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
    server.createContext("/", new Router(options, store, faults, leaks, telemetry, requests));
    AtomicInteger n = new AtomicInteger();
    ExecutorService executor =
        Executors.newFixedThreadPool(
            16,
            r -> {
              Thread t = new Thread(r, "standin-http-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.start();
    return new HttpFront(server, executor);
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops accepting, then stops the worker threads. */
  public void stop() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
