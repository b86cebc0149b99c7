package dev.synap.preflight.synap.conformance;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.standin.StandinOptions;
import dev.synap.preflight.standin.StandinServer;
import dev.synap.preflight.synap.ApiKey;
import dev.synap.preflight.synap.SynapClient;
import dev.synap.preflight.synap.SynapClientBuilder;
import dev.synap.preflight.synap.resilience.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Starts the in-process stand-in and aims clients at it. */
final class Standin {
  static final String KEY = "synap_conformance_key_0001";

  private Standin() {}

  static StandinOptions.Builder options() {
    return StandinOptions.builder()
        .apiKey(KEY)
        .port(0)
        .instance(Instance.B2C)
        .seed(42L)
        .ingestionDelay(Duration.ofMillis(5));
  }

  static StandinServer start() throws IOException {
    return StandinServer.start(options().build());
  }

  /** A client with instant waits (recorded in {@code waits}) and a fixed jitter. */
  static SynapClientBuilder client(StandinServer server, List<Duration> waits) {
    return client(server.baseUri(), waits);
  }

  /** The same, for a base URL (a stand-in that may have stopped). */
  static SynapClientBuilder client(URI baseUri, List<Duration> waits) {
    Sleeper recording =
        d -> {
          synchronized (waits) {
            waits.add(d);
          }
        };
    return SynapClient.builder()
        .baseUri(baseUri)
        .apiKey(ApiKey.of(KEY))
        .sleeper(recording)
        .jitter(() -> 1.0)
        .backoff(Duration.ofMillis(50), Duration.ofSeconds(1))
        .connectTimeout(Duration.ofSeconds(2))
        .requestTimeout(Duration.ofSeconds(10));
  }

  static SynapClient client(StandinServer server) {
    return client(server, new ArrayList<>()).build();
  }

  static void awaitIdle(StandinServer server) throws InterruptedException {
    if (!server.awaitIdle(Duration.ofSeconds(20))) {
      throw new AssertionError("the stand-in did not finish its ingestions in 20 s");
    }
  }
}
