package dev.synap.preflight.cli.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP proxy in front of the stand-in that keeps the exact bytes of every batch request
 * body, in arrival order: what the loader really sent.
 */
@SuppressForbidden(
    reason = "a loopback HTTP server in a test; jdk.httpserver is an exported JDK module")
final class RecordingProxy implements AutoCloseable {
  private static final Set<String> HOP =
      Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding");

  private final URI target;
  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final HttpClient client = HttpClient.newHttpClient();
  private final List<byte[]> batches = new ArrayList<>();

  RecordingProxy(URI target) throws IOException {
    this.target = target;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::forward);
    server.setExecutor(pool);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The batch bodies received so far, in order. */
  synchronized List<byte[]> batches() {
    return List.copyOf(batches);
  }

  synchronized void clear() {
    batches.clear();
  }

  private void forward(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body = ex.getRequestBody().readAllBytes();
      String path = ex.getRequestURI().toString();
      if ("POST".equals(ex.getRequestMethod()) && ex.getRequestURI().getPath().endsWith("/batch")) {
        synchronized (this) {
          batches.add(body);
        }
      }
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(target.toString().replaceAll("/$", "") + path))
              .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      ex.getRequestHeaders()
          .forEach(
              (name, values) -> {
                if (!HOP.contains(name.toLowerCase(Locale.ROOT))) {
                  values.forEach(v -> b.header(name, v));
                }
              });
      HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      r.headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                  ex.getResponseHeaders().put(name, values);
                }
              });
      byte[] answer = r.body();
      ex.sendResponseHeaders(r.statusCode(), answer.length == 0 ? -1 : answer.length);
      if (answer.length > 0) {
        try (OutputStream o = ex.getResponseBody()) {
          o.write(answer);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
