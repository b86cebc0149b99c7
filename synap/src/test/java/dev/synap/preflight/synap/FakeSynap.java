package dev.synap.preflight.synap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An in-process HTTP server on 127.0.0.1 that answers from a script and records every request. Each
 * request takes the next scripted {@link Reply}; when the script is empty it gets the fallback (200
 * with {@code {}} unless changed).
 */
@SuppressForbidden(
    reason = "the JDK's built-in HTTP server is the dependency-free loopback fake (java-style §2)")
final class FakeSynap implements AutoCloseable {

  /** One recorded request. */
  record Seen(String method, String path, Map<String, List<String>> headers, String body) {
    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  /** One scripted answer. */
  record Reply(
      int status, Map<String, String> headers, String body, long delayMillis, boolean drop) {
    static Reply json(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "application/json"), body, 0, false);
    }

    static Reply ok(String body) {
      return json(200, body);
    }

    /** Answers 200 with the body chunked (no Content-Length, so its size is known only late). */
    static Reply chunked(String body) {
      return new Reply(
          200, Map.of("Content-Type", "application/json", CHUNKED, "1"), body, 0, false);
    }

    /** Closes the connection without answering. */
    static Reply dropConnection() {
      return new Reply(0, Map.of(), "", 0, true);
    }

    /** Answers 200 after a delay longer than any test's request timeout. */
    static Reply slow(long millis) {
      return new Reply(200, Map.of(), "{}", millis, false);
    }

    Reply withHeader(String name, String value) {
      Map<String, String> all = new java.util.HashMap<>(headers);
      all.put(name, value);
      return new Reply(status, Map.copyOf(all), body, delayMillis, drop);
    }
  }

  private static final String CHUNKED = "X-Fake-Chunked";

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Deque<Reply> script = new ArrayDeque<>();
  private final List<Seen> seen = new ArrayList<>();
  private Reply fallback = Reply.ok("{}");

  FakeSynap() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  synchronized FakeSynap then(Reply... replies) {
    script.addAll(List.of(replies));
    return this;
  }

  synchronized FakeSynap otherwise(Reply reply) {
    fallback = reply;
    return this;
  }

  synchronized List<Seen> seen() {
    return List.copyOf(seen);
  }

  synchronized Seen last() {
    return seen.get(seen.size() - 1);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Reply reply;
    synchronized (this) {
      seen.add(
          new Seen(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              Map.copyOf(exchange.getRequestHeaders()),
              body));
      reply = script.isEmpty() ? fallback : script.poll();
    }
    if (reply.drop()) {
      exchange.close();
      return;
    }
    if (reply.delayMillis() > 0) {
      try {
        TimeUnit.MILLISECONDS.sleep(reply.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    boolean chunked = reply.headers().containsKey(CHUNKED);
    exchange.sendResponseHeaders(
        reply.status(), chunked ? 0 : bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
