package dev.synap.preflight.synap;

import java.time.Duration;

/** Clients aimed at a fake, with instant waits and a fixed jitter. */
final class TestClients {
  static final String KEY = "synap_test_0123456789abcdef";

  private TestClients() {}

  static SynapClientBuilder builder(FakeSynap fake, RecordingSleeper sleeper) {
    return SynapClient.builder()
        .baseUri(fake.baseUri())
        .apiKey(ApiKey.of(KEY))
        .sleeper(sleeper)
        .jitter(() -> 1.0)
        .backoff(Duration.ofMillis(100), Duration.ofSeconds(1))
        .connectTimeout(Duration.ofSeconds(2))
        .requestTimeout(Duration.ofSeconds(5));
  }

  static SynapClient client(FakeSynap fake) {
    return builder(fake, new RecordingSleeper()).build();
  }
}
