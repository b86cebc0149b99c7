package dev.synap.preflight.verifier.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.standin.StandinOptions;
import dev.synap.preflight.standin.StandinServer;
import dev.synap.preflight.synap.ApiKey;
import dev.synap.preflight.synap.SynapClient;
import dev.synap.preflight.synap.SynapClientBuilder;
import dev.synap.preflight.synap.wire.BatchCreateResponse;
import dev.synap.preflight.synap.wire.CreateMemoryRequest;
import dev.synap.preflight.synap.wire.IngestionStatus;
import dev.synap.preflight.verifier.journal.DocumentLoad;
import dev.synap.preflight.verifier.journal.InMemoryLoadJournal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

/**
 * An in-process stand-in on loopback, loaded with a simple loop of batch creates; the load's
 * outcome (ingestion status and memory ids per document) becomes an in-memory load journal, as a
 * loader's manifest would.
 */
final class StandinHarness implements AutoCloseable {
  /** The only key the stand-in accepts; tests check it never shows up anywhere. */
  static final String KEY = "sk-verify-test-5f1c0d9e";

  final StandinServer server;
  final SynapClient client;

  StandinHarness(Instance instance, long seed) throws Exception {
    server =
        StandinServer.start(
            StandinOptions.builder()
                .apiKey(KEY)
                .port(0)
                .instance(instance)
                .seed(seed)
                .ingestionDelay(Duration.ZERO)
                .build());
    client = client(b -> b);
  }

  /** A client of this server; {@code tune} adjusts the test defaults (3 attempts, no sleeping). */
  SynapClient client(UnaryOperator<SynapClientBuilder> tune) {
    return tune.apply(
            SynapClient.builder()
                .baseUri(server.baseUri())
                .apiKey(ApiKey.of(KEY))
                .sleeper(d -> {})
                .maxAttempts(3)
                .requestTimeout(Duration.ofSeconds(10)))
        .build();
  }

  /** Loads {@code docs} in batches of 100, waits for ingestion and reads every status back. */
  InMemoryLoadJournal load(List<MemoryDocument> docs) throws InterruptedException {
    List<String> ingestions = new ArrayList<>();
    for (int i = 0; i < docs.size(); i += 100) {
      List<CreateMemoryRequest> batch = new ArrayList<>();
      for (MemoryDocument d : docs.subList(i, Math.min(docs.size(), i + 100))) {
        batch.add(
            new CreateMemoryRequest(
                d.document(), null, d.documentId(), null, d.userId(), d.customerId(), null, null));
      }
      BatchCreateResponse r = client.batchCreate(batch);
      assertThat(r.failed()).isZero();
      r.results().forEach(c -> ingestions.add(c.ingestionId()));
    }
    assertThat(server.awaitIdle(Duration.ofSeconds(60))).isTrue();
    // Statuses are read 8 at a time: one loopback round trip is slow enough to matter here.
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<DocumentLoad>> loads = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        String documentId = docs.get(i).documentId();
        String ingestion = ingestions.get(i);
        loads.add(
            pool.submit(
                () -> {
                  IngestionStatus s = client.status(ingestion);
                  return new DocumentLoad(documentId, s.status().wire(), s.memoryIds());
                }));
      }
      List<DocumentLoad> out = new ArrayList<>();
      for (Future<DocumentLoad> f : loads) {
        out.add(f.get());
      }
      return new InMemoryLoadJournal(out);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
