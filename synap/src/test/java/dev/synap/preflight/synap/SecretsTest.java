package dev.synap.preflight.synap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.synap.preflight.synap.FakeSynap.Reply;
import dev.synap.preflight.synap.error.SynapException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The key never shows in an exception or a log line, even when the service echoes it back. */
class SecretsTest {
  private FakeSynap fake;
  private SynapClient client;

  @BeforeEach
  void start() throws IOException {
    fake = new FakeSynap();
    client = TestClients.builder(fake, new RecordingSleeper()).maxAttempts(1).build();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void anEchoedKeyIsRedactedFromEveryPartOfTheException() {
    String k = TestClients.KEY;
    fake.then(
        Reply.json(401, "{\"detail\":\"key " + k + " is revoked\",\"code\":\"" + k + "\"}")
            .withHeader("X-Correlation-Id", "c-" + k),
        new Reply(500, Map.of(), "x".repeat(290) + k, 0, false),
        Reply.ok("{\"broken " + k));
    for (int i = 0; i < 3; i++) {
      SynapException e = catchThrowableOfType(SynapException.class, () -> client.get("m"));
      assertThat(everything(e)).doesNotContain(k);
    }
  }

  @Test
  void transportFailuresDoNotCarryTheKey() {
    fake.then(Reply.dropConnection());
    SynapException e =
        catchThrowableOfType(
            SynapException.class,
            () -> client.create(dev.synap.preflight.synap.wire.CreateMemoryRequest.of(null, "x")));
    assertThat(e).isNotNull();
    assertThat(everything(e)).doesNotContain(TestClients.KEY);
  }

  @Test
  void debugLogsNameCallsAndRetriesButNeverTheKey() throws IOException {
    fake.then(
        Reply.json(503, "{\"detail\":\"key " + TestClients.KEY + "\"}"),
        Reply.ok("{\"client_id\":\"c\"}"));
    TestClients.builder(fake, new RecordingSleeper()).build().whoami();
    Path log = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile"));
    String text = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("retrying GET /api/v1/auth/whoami after 100 ms (HTTP 503)")
        .contains("GET /api/v1/auth/whoami -> HTTP 200 (attempt 2)")
        .doesNotContain(TestClients.KEY);
  }

  private static String everything(SynapException e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace
        + " "
        + e.serviceMessage()
        + " "
        + e.code()
        + " "
        + e.correlationId()
        + " "
        + e.operation();
  }
}
