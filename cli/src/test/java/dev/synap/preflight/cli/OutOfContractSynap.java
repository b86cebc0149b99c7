package dev.synap.preflight.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A loopback "Synap" that answers whoami properly and every fetch out of contract, generating huge
 * bodies as it writes them (nothing of their size is ever allocated): {@link #items(int)} a chunked
 * fetch answer of n items of about 1 KB each, {@link #declared(long)} a Content-Length of n bytes
 * followed by as many filler bytes as the client reads. One connection per request. It counts the
 * body bytes it managed to write, so a test can see how much the client read before it hung up.
 */
final class OutOfContractSynap implements AutoCloseable {
  /** One fetch answer: writes status line, headers and body. */
  interface Answer {
    void write(OutputStream out, AtomicLong written) throws IOException;
  }

  private final ServerSocket socket;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final AtomicInteger fetches = new AtomicInteger();
  final AtomicLong bodyBytesWritten = new AtomicLong();

  /**
   * @param fetchAnswer the answer to the n-th fetch (0-based)
   */
  OutOfContractSynap(IntFunction<Answer> fetchAnswer) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    pool.execute(
        () -> {
          while (!socket.isClosed()) {
            try {
              Socket s = socket.accept();
              pool.execute(() -> serve(s, fetchAnswer));
            } catch (IOException e) {
              return;
            }
          }
        });
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  int fetches() {
    return fetches.get();
  }

  private void serve(Socket s, IntFunction<Answer> fetchAnswer) {
    try (s) {
      String head = readRequest(s.getInputStream());
      OutputStream out = s.getOutputStream();
      if (head.startsWith("GET /api/v1/auth/whoami")) {
        fixed(200, "{\"client_id\": \"cli_x\", \"instance_id\": \"inst_x\"}").write(out, null);
      } else if (head.startsWith("POST /v1/context/")) {
        fetchAnswer.apply(fetches.getAndIncrement()).write(out, bodyBytesWritten);
      } else {
        fixed(404, "{\"detail\": \"no route\"}").write(out, null);
      }
      out.flush();
    } catch (IOException e) {
      // the client hung up: expected for the huge answers
    }
  }

  private static String readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      String h = head.toString(StandardCharsets.ISO_8859_1);
      if (h.endsWith("\r\n\r\n")) {
        int at = h.toLowerCase(Locale.ROOT).indexOf("content-length:");
        if (at >= 0) {
          in.readNBytes(Integer.parseInt(h.substring(at + 15, h.indexOf("\r\n", at)).strip()));
        }
        return h;
      }
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  static Answer fixed(int status, String body) {
    return (out, written) -> {
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      out.write(
          ascii(
              "HTTP/1.1 "
                  + status
                  + " X\r\nContent-Type: application/json\r\nConnection: close\r\n"
                  + "Content-Length: "
                  + b.length
                  + "\r\n\r\n"));
      out.write(b);
    };
  }

  /** A chunked fetch answer of {@code n} facts of about 1 KB each. */
  static Answer items(int n) {
    return (out, written) -> {
      out.write(
          ascii(
              "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                  + "Transfer-Encoding: chunked\r\n\r\n"));
      String filler = "x".repeat(1000);
      chunk(out, ascii("{\"context\": {\"facts\": ["), written);
      StringBuilder batch = new StringBuilder();
      for (int i = 0; i < n; i++) {
        batch
            .append(i == 0 ? "" : ",")
            .append("{\"id\": \"m")
            .append(i)
            .append("\", \"content\": \"")
            .append(filler)
            .append("\"}");
        if (batch.length() > 64 * 1024 || i == n - 1) {
          chunk(out, ascii(batch.toString()), written);
          batch.setLength(0);
        }
      }
      chunk(out, ascii("]}}"), written);
      out.write(ascii("0\r\n\r\n"));
    };
  }

  /** A Content-Length of {@code n} bytes, then spaces for as long as the client reads. */
  static Answer declared(long n) {
    return (out, written) -> {
      out.write(
          ascii(
              "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                  + "Content-Length: "
                  + n
                  + "\r\n\r\n"));
      byte[] block = ascii(" ".repeat(64 * 1024));
      for (long left = n; left > 0; left -= block.length) {
        out.write(block, 0, (int) Math.min(block.length, left));
        written.addAndGet(Math.min(block.length, left));
      }
    };
  }

  private static void chunk(OutputStream out, byte[] data, AtomicLong written) throws IOException {
    out.write(ascii(Integer.toHexString(data.length) + "\r\n"));
    out.write(data);
    out.write(ascii("\r\n"));
    written.addAndGet(data.length);
  }

  @Override
  public void close() throws IOException {
    socket.close();
    pool.shutdownNow();
  }
}
