package dev.synap.preflight.synap.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.synap.preflight.standin.LeakRecord;
import dev.synap.preflight.standin.StandinServer;
import dev.synap.preflight.synap.SynapClient;
import dev.synap.preflight.synap.error.ConflictException;
import dev.synap.preflight.synap.error.InsufficientCreditsException;
import dev.synap.preflight.synap.error.InvalidRequestException;
import dev.synap.preflight.synap.error.RateLimitedException;
import dev.synap.preflight.synap.error.ServerErrorException;
import dev.synap.preflight.synap.error.SynapException;
import dev.synap.preflight.synap.error.TransportException;
import dev.synap.preflight.synap.error.UnauthorizedException;
import dev.synap.preflight.synap.wire.BatchCreateResponse;
import dev.synap.preflight.synap.wire.ContextItem;
import dev.synap.preflight.synap.wire.ContextResponse;
import dev.synap.preflight.synap.wire.CreateMemoryRequest;
import dev.synap.preflight.synap.wire.CreateMemoryResponse;
import dev.synap.preflight.synap.wire.IngestStatus;
import dev.synap.preflight.synap.wire.UserContextRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each stand-in fault, and what the client makes of it. */
class FaultConformanceTest {
  private StandinServer server;
  private final List<Duration> waits = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = Standin.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private SynapClient client() {
    return Standin.client(server, waits).build();
  }

  @Test
  void aShortBurstOf503IsRetriedAway() {
    server.faults().failNext(2, 503);
    CreateMemoryResponse r = client().create(CreateMemoryRequest.of("d1", "Retried write."));
    assertThat(r.documentId()).isEqualTo("d1");
    assertThat(waits).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100));
  }

  @Test
  void aLongerBurstEndsInServerErrorAfterTheAttempts() {
    server.faults().failNext(10, 502);
    SynapClient client = Standin.client(server, waits).maxAttempts(3).build();
    ServerErrorException e = catchThrowableOfType(ServerErrorException.class, client::whoami);
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.serviceMessage()).contains("failNext");
    assertThat(waits).hasSize(2);
  }

  @Test
  void aWriteWithoutIdsIsSentOnceWhateverTheErrorRate() {
    server.faults().errorRate(1.0);
    ServerErrorException e =
        catchThrowableOfType(
            ServerErrorException.class,
            () -> client().batchCreate(List.of(CreateMemoryRequest.of(null, "no id"))));
    assertThat(e.status()).isEqualTo(503);
    assertThat(waits).isEmpty();
    server.faults().errorRate(0);
    server.faults().failNext(1, 503);
    BatchCreateResponse withIds =
        client().batchCreate(List.of(CreateMemoryRequest.of("has-id", "with id")));
    assertThat(withIds.succeeded()).isEqualTo(1);
    assertThat(waits).hasSize(1);
  }

  @Test
  void everyInjectedStatusMapsToItsException() {
    Map<Integer, Class<? extends SynapException>> expected =
        Map.of(
            400, InvalidRequestException.class,
            401, UnauthorizedException.class,
            402, InsufficientCreditsException.class,
            409, ConflictException.class,
            422, InvalidRequestException.class);
    SynapClient client = client();
    expected.forEach(
        (status, type) -> {
          server.faults().failNext(1, status);
          SynapException e = catchThrowableOfType(SynapException.class, client::whoami);
          assertThat(e).isInstanceOf(type);
          assertThat(e.status()).isEqualTo(status);
          assertThat(e.correlationId()).startsWith("syn_prefli_");
        });
    assertThat(waits).isEmpty();
  }

  @Test
  void latencyBeyondTheRequestTimeoutIsATimeout() {
    server.faults().latency(Duration.ofMillis(1500));
    SynapClient impatient =
        Standin.client(server, waits).requestTimeout(Duration.ofMillis(150)).maxAttempts(2).build();
    TransportException e = catchThrowableOfType(TransportException.class, impatient::whoami);
    assertThat(e.getCause()).isInstanceOf(HttpTimeoutException.class);
    assertThat(e.status()).isZero();
    assertThat(waits).hasSize(1);
    server.faults().latency(Duration.ofMillis(20));
    assertThat(client().whoami().clientId()).isNotBlank();
  }

  @Test
  void aResetConnectionIsRetriedForIdempotentCallsOnly() {
    server.faults().resetRate(1.0);
    TransportException once =
        catchThrowableOfType(
            TransportException.class,
            () -> client().create(CreateMemoryRequest.of(null, "reset me")));
    assertThat(once.status()).isZero();
    assertThat(waits).isEmpty();
    SynapClient healing =
        Standin.client(server, waits)
            .listener((op, retry, reason, delay) -> server.faults().resetRate(0))
            .build();
    CreateMemoryResponse r = healing.create(CreateMemoryRequest.of("idem", "reset then fine"));
    assertThat(r.documentId()).isEqualTo("idem");
    assertThat(waits).hasSize(1);
  }

  @Test
  void a429WaitsTheRetryAfterAndTheNextWindowSucceeds() throws Exception {
    MutableClock clock = new MutableClock();
    try (StandinServer limited = StandinServer.start(Standin.options().clock(clock).build())) {
      limited.faults().rateLimitPerMinute(2);
      SynapClient client =
          Standin.client(limited, waits)
              .sleeper(
                  d -> {
                    waits.add(d);
                    clock.advance(d);
                  })
              .build();
      client.whoami();
      client.whoami();
      assertThat(client.whoami().instanceId()).isNotBlank();
      assertThat(waits).hasSize(1);
      assertThat(waits.get(0)).isEqualTo(Duration.ofSeconds(clock.secondsLeftAtStart()));
    }
  }

  @Test
  void aRetryAfterLongerThanTheClientWaitsFailsAtOnce() throws Exception {
    MutableClock clock = new MutableClock();
    try (StandinServer limited = StandinServer.start(Standin.options().clock(clock).build())) {
      limited.faults().rateLimitPerMinute(1);
      SynapClient client =
          Standin.client(limited, waits).maxRetryAfter(Duration.ofSeconds(1)).build();
      client.whoami();
      RateLimitedException e = catchThrowableOfType(RateLimitedException.class, client::whoami);
      assertThat(e.status()).isEqualTo(429);
      assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(clock.secondsLeftAtStart()));
      assertThat(e.serviceMessage()).contains("rate limit of 1 requests per minute");
      assertThat(waits).isEmpty();
    }
  }

  @Test
  void theClientSideLimiterKeepsARunUnderTheServiceLimit() throws Exception {
    MutableClock clock = new MutableClock();
    try (StandinServer limited = StandinServer.start(Standin.options().clock(clock).build())) {
      limited.faults().rateLimitPerMinute(3);
      SynapClient paced =
          Standin.client(limited, waits)
              .rateLimitPerMinute(3)
              .rateLimitMaxWait(Duration.ZERO)
              .build();
      paced.whoami();
      RateLimitedException e = catchThrowableOfType(RateLimitedException.class, paced::whoami);
      assertThat(e.status()).as("refused by the client, the service never said 429").isZero();
      assertThat(waits).isEmpty();
    }
  }

  @Test
  void droppedDocumentsAreAcknowledgedThenFailOrYieldNothing() throws Exception {
    SynapClient client = client();
    server.faults().dropRate(1.0);
    CreateMemoryResponse loud = client.create(CreateMemoryRequest.of("lost-1", "Never extracted."));
    server.faults().dropSilently(true);
    CreateMemoryResponse silent =
        client.create(CreateMemoryRequest.of("lost-2", "Silently never extracted."));
    assertThat(loud.status()).isEqualTo(IngestStatus.QUEUED);
    assertThat(silent.status()).isEqualTo(IngestStatus.QUEUED);
    Standin.awaitIdle(server);
    assertThat(client.status(loud.ingestionId()).status()).isEqualTo(IngestStatus.FAILED);
    assertThat(client.status(loud.ingestionId()).errorMessage()).isNotBlank();
    assertThat(client.status(silent.ingestionId()).status()).isEqualTo(IngestStatus.COMPLETED);
    assertThat(client.status(silent.ingestionId()).memoryIds()).isEmpty();
  }

  @Test
  void aLeakedItemReachesTheCallerUnfiltered() throws Exception {
    SynapClient client = client();
    client.batchCreate(
        List.of(
            new CreateMemoryRequest(
                "Alice drinks green tea.", null, "a", null, "alice", null, null, null),
            new CreateMemoryRequest(
                "Bob drinks green tea.", null, "b", null, "bob", null, null, null)));
    Standin.awaitIdle(server);
    server.faults().leakRate(1.0);
    ContextResponse r = client.fetchUser(UserContextRequest.of("alice", null, List.of("tea"), 10));
    List<LeakRecord> leaks = server.leaks();
    assertThat(leaks).hasSize(1);
    assertThat(leaks.get(0).correlationId()).startsWith("syn_prefli_");
    assertThat(r.items()).extracting(ContextItem::id).contains(leaks.get(0).memoryId());
    assertThat(r.items()).extracting(ContextItem::text).contains("Bob drinks green tea.");
  }
}
