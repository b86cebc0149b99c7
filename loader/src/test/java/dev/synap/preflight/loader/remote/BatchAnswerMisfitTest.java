package dev.synap.preflight.loader.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.synap.preflight.loader.run.IngestException;
import dev.synap.preflight.loader.testing.Docs;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.synap.ApiKey;
import dev.synap.preflight.synap.CallListener;
import dev.synap.preflight.synap.SynapClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A batch answer the client flags (every result with one ingestion id; a result naming another
 * document) is a failed answer for the loader: {@code TRANSIENT}, so the batch is journaled as
 * failed (uncertain, resent later under its ids) and none of its documents counts as accepted.
 */
class BatchAnswerMisfitTest {

  /** A loopback server answering every request with one fixed body, connection closed after. */
  private static final class OneAnswer implements AutoCloseable {
    final ServerSocket socket;
    final AtomicInteger requests = new AtomicInteger();
    final Thread thread;

    OneAnswer(String body) throws IOException {
      socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      thread =
          new Thread(
              () -> {
                while (!socket.isClosed()) {
                  try (Socket s = socket.accept()) {
                    readRequest(s.getInputStream());
                    requests.incrementAndGet();
                    OutputStream out = s.getOutputStream();
                    out.write(
                        ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                + bytes.length
                                + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(bytes);
                    out.flush();
                  } catch (IOException e) {
                    // closed
                  }
                }
              });
      thread.setDaemon(true);
      thread.start();
    }

    private static void readRequest(InputStream in) throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) >= 0) {
        head.write(b);
        String h = head.toString(StandardCharsets.ISO_8859_1);
        if (h.endsWith("\r\n\r\n")) {
          int at = h.toLowerCase(java.util.Locale.ROOT).indexOf("content-length:");
          if (at >= 0) {
            int length = Integer.parseInt(h.substring(at + 15, h.indexOf("\r\n", at)).strip());
            in.readNBytes(length);
          }
          return;
        }
      }
    }

    URI uri() {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  private static List<MemoryDocument> docs() {
    return List.of(
        Docs.doc(0, "d0").document(), Docs.doc(1, "d1").document(), Docs.doc(2, "d2").document());
  }

  private static IngestException send(String answer) throws Exception {
    try (OneAnswer server = new OneAnswer(answer)) {
      SynapIngestService service =
          SynapIngestService.build(
              SynapClient.builder().baseUri(server.uri()).apiKey(ApiKey.of("sk-loader-test")),
              CallListener.NONE);
      Throwable thrown = catchThrowable(() -> service.send(docs()));
      assertThat(server.requests.get()).as("sent once, not retried").isEqualTo(1);
      assertThat(thrown).isInstanceOf(IngestException.class);
      return (IngestException) thrown;
    }
  }

  private static String result(String ingestion, String doc) {
    return "{\"ingestion_id\": \""
        + ingestion
        + "\", \"document_id\": \""
        + doc
        + "\","
        + " \"status\": \"queued\"}";
  }

  @Test
  void oneIngestionIdForEveryResultIsAFailedAnswer() throws Exception {
    IngestException e =
        send(
            "{\"results\": ["
                + result("ing-same", "d0")
                + ","
                + result("ing-same", "d1")
                + ","
                + result("ing-same", "d2")
                + "]}");
    assertThat(e.kind()).isEqualTo(IngestException.Kind.TRANSIENT);
    assertThat(e.getMessage()).contains("carry the same ingestion_id ing-same");
  }

  @Test
  void aResultNamingAnotherDocumentIsAFailedAnswer() throws Exception {
    IngestException e =
        send(
            "{\"results\": ["
                + result("ing-0", "d0")
                + ","
                + result("ing-1", "d2")
                + ","
                + result("ing-2", "d1")
                + "]}");
    assertThat(e.kind()).isEqualTo(IngestException.Kind.TRANSIENT);
    assertThat(e.getMessage()).contains("result 1 names document_id d2, not d1");
    assertThat(e.getMessage()).contains("batch answer out of contract");
  }
}
