package dev.synap.preflight.synap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.synap.preflight.synap.FakeSynap.Reply;
import dev.synap.preflight.synap.error.RateLimitedException;
import dev.synap.preflight.synap.error.ServerErrorException;
import dev.synap.preflight.synap.error.TransportException;
import dev.synap.preflight.synap.wire.ClientContextRequest;
import dev.synap.preflight.synap.wire.CreateMemoryRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries: which failures, how many times, how long the waits, and never a blind write resend. */
class RetryTest {
  private static final String QUEUED =
      "{\"ingestion_id\":\"i\",\"document_id\":\"d\",\"status\":\"queued\"}";

  /** The answer to a batch of d1 and d2 (results name the documents sent at their index). */
  private static final String BATCH_OK =
      "{\"batch_id\":\"b\",\"total\":2,\"succeeded\":2,\"failed\":0,\"results\":["
          + QUEUED.replace("\"d\"", "\"d1\"")
          + ","
          + QUEUED.replace("\"d\"", "\"d2\"").replace("\"i\"", "\"i2\"")
          + "]}";

  private FakeSynap fake;
  private RecordingSleeper sleeper;

  @BeforeEach
  void start() throws IOException {
    fake = new FakeSynap();
    sleeper = new RecordingSleeper();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private SynapClient client() {
    return TestClients.builder(fake, sleeper).build();
  }

  @Test
  void serverErrorsAreRetriedWithDoublingFullJitterBackoff() {
    fake.then(
        Reply.json(503, "{}"), Reply.json(500, "{}"), Reply.json(502, "{}"), Reply.ok(QUEUED));
    List<String> reasons = new ArrayList<>();
    SynapClient client =
        TestClients.builder(fake, sleeper)
            .listener((op, retry, reason, delay) -> reasons.add(retry + " " + reason))
            .build();
    assertThat(client.status("i").documentId()).isEqualTo("d");
    assertThat(fake.seen()).hasSize(4);
    assertThat(sleeper.waits())
        .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    assertThat(reasons).containsExactly("1 HTTP 503", "2 HTTP 500", "3 HTTP 502");
    assertThat(fake.seen())
        .extracting(s -> s.header("X-Correlation-ID"))
        .containsOnly(fake.seen().get(0).header("X-Correlation-ID"));
  }

  @Test
  void jitterScalesTheWaitAndTheCapHolds() {
    fake.then(Reply.json(503, "{}"), Reply.json(503, "{}"), Reply.ok(QUEUED));
    SynapClient client =
        TestClients.builder(fake, sleeper)
            .jitter(() -> 0.5)
            .backoff(Duration.ofMillis(800), Duration.ofSeconds(1))
            .build();
    client.status("i");
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(400), Duration.ofMillis(500));
  }

  @Test
  void aBurstLongerThanTheAttemptsEndsInServerError() {
    fake.otherwise(Reply.json(503, "{\"detail\":\"overloaded\"}"));
    ServerErrorException e =
        catchThrowableOfType(
            ServerErrorException.class,
            () -> TestClients.builder(fake, sleeper).maxAttempts(3).build().get("m"));
    assertThat(e.status()).isEqualTo(503);
    assertThat(e.serviceMessage()).isEqualTo("overloaded");
    assertThat(fake.seen()).hasSize(3);
    assertThat(sleeper.waits()).hasSize(2);
  }

  @Test
  void retryAfterSecondsIsHonouredWhenLongerThanTheBackoff() {
    fake.then(Reply.json(429, "{}").withHeader("Retry-After", "7"), Reply.ok(QUEUED));
    client().status("i");
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterAsAnHttpDateIsMeasuredAgainstTheClock() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    fake.then(
        Reply.json(429, "{}").withHeader("Retry-After", "Tue, 24 Nov 2026 10:00:30 GMT"),
        Reply.ok(QUEUED));
    TestClients.builder(fake, sleeper).clock(clock).build().status("i");
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void aRetryAfterBeyondTheMaximumFailsAtOnce() {
    fake.then(Reply.json(429, "{\"detail\":\"quota\"}").withHeader("Retry-After", "3600"));
    RateLimitedException e =
        catchThrowableOfType(RateLimitedException.class, () -> client().status("i"));
    assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1));
    assertThat(fake.seen()).hasSize(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void rateLimitedWritesAreRetriedEvenWithoutDocumentIds() {
    fake.then(Reply.json(429, "{}").withHeader("Retry-After", "1"), Reply.ok(QUEUED));
    client().create(CreateMemoryRequest.of(null, "no id"));
    assertThat(fake.seen()).hasSize(2);
  }

  @Test
  void writesWithoutDocumentIdsAreNotRetriedOnServerErrors() {
    fake.otherwise(Reply.json(503, "{}"));
    catchThrowableOfType(
        ServerErrorException.class, () -> client().create(CreateMemoryRequest.of(null, "x")));
    assertThat(fake.seen()).hasSize(1);
    List<CreateMemoryRequest> mixed =
        List.of(CreateMemoryRequest.of("d1", "x"), CreateMemoryRequest.of(null, "y"));
    catchThrowableOfType(ServerErrorException.class, () -> client().batchCreate(mixed));
    assertThat(fake.seen()).hasSize(2);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void writesWhoseEveryDocumentHasAnIdAreRetried() {
    fake.then(Reply.json(500, "{}"), Reply.ok(BATCH_OK));
    List<CreateMemoryRequest> docs =
        List.of(CreateMemoryRequest.of("d1", "x"), CreateMemoryRequest.of("d2", "y"));
    assertThat(client().batchCreate(docs).succeeded()).isEqualTo(2);
    assertThat(fake.seen()).hasSize(2);
    assertThat(fake.seen().get(0).body()).isEqualTo(fake.seen().get(1).body());
  }

  @Test
  void aDroppedConnectionIsRetriedForReads() {
    // A fetch is a POST, which the JDK client never resends by itself: the retry here is ours.
    fake.then(Reply.dropConnection(), Reply.ok("{\"context\":{}}"));
    assertThat(client().fetchClient(ClientContextRequest.of(null, 10)).items()).isEmpty();
    assertThat(fake.seen()).hasSize(2);
    assertThat(sleeper.waits()).hasSize(1);
  }

  @Test
  void aDroppedConnectionIsNotRetriedForAWriteWithoutIds() {
    fake.otherwise(Reply.dropConnection());
    TransportException e =
        catchThrowableOfType(
            TransportException.class, () -> client().create(CreateMemoryRequest.of(null, "x")));
    assertThat(e.status()).isZero();
    assertThat(e.isTransient()).isTrue();
    assertThat(fake.seen()).hasSize(1);
  }

  @Test
  void aTimeoutIsRetriedThenReportedAsTransport() {
    fake.otherwise(Reply.slow(3_000));
    SynapClient client =
        TestClients.builder(fake, sleeper)
            .requestTimeout(Duration.ofMillis(200))
            .maxAttempts(2)
            .build();
    TransportException e = catchThrowableOfType(TransportException.class, () -> client.get("m"));
    assertThat(e.getCause()).isInstanceOf(java.net.http.HttpTimeoutException.class);
    assertThat(e.getMessage()).startsWith("GET /api/v1/memories/m: HttpTimeoutException");
    assertThat(sleeper.waits()).hasSize(1);
  }

  @Test
  void aRefusedConnectionIsRetriedEvenForAWriteWithoutIds() throws IOException {
    java.net.URI dead = fake.baseUri();
    fake.close();
    SynapClient client = TestClients.builder(fake, sleeper).baseUri(dead).maxAttempts(3).build();
    TransportException e =
        catchThrowableOfType(
            TransportException.class, () -> client.create(CreateMemoryRequest.of(null, "x")));
    assertThat(e.getCause()).isInstanceOf(java.net.ConnectException.class);
    assertThat(sleeper.waits()).hasSize(2);
  }

  @Test
  void oneAttemptMeansNoRetry() {
    fake.otherwise(Reply.json(503, "{}"));
    catchThrowableOfType(
        ServerErrorException.class,
        () -> TestClients.builder(fake, sleeper).maxAttempts(1).build().get("m"));
    assertThat(fake.seen()).hasSize(1);
  }

  @Test
  void anInterruptedWaitStopsTheCallAndKeepsTheFlag() {
    fake.otherwise(Reply.json(503, "{}"));
    SynapClient client =
        TestClients.builder(fake, sleeper)
            .sleeper(
                d -> {
                  throw new InterruptedException();
                })
            .build();
    TransportException e = catchThrowableOfType(TransportException.class, () -> client.get("m"));
    assertThat(e.serviceMessage()).isEqualTo("interrupted");
    assertThat(Thread.interrupted()).isTrue();
  }
}
