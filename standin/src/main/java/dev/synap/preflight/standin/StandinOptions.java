package dev.synap.preflight.standin;

import dev.synap.preflight.rules.config.Instance;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a stand-in is started. Build with {@link #builder()}; {@link #toString()} never shows the
 * key.
 *
 * @param apiKey the only key accepted (as {@code Authorization: Bearer <key>})
 * @param port the loopback port, 0 for a free one
 * @param instance B2C or B2B scope rules (synap-api.md §2.2, §5)
 * @param stateDir where acknowledged writes are logged; null keeps state in memory only
 * @param seed seeds ids and every random fault decision
 * @param ingestionDelay time an ingestion spends in {@code queued} and again in {@code processing}
 * @param memoriesPrefix path prefix of the memory endpoints ({@code /api/v1/memories})
 * @param exposeSourceDocument when true, fetch items carry {@code metadata.source_document_id}; the
 *     real API is not known to do so (synap-api.md §4.5), so it is off by default
 * @param clock the clock for timestamps and the rate-limit window
 */
public record StandinOptions(
    String apiKey,
    int port,
    Instance instance,
    Path stateDir,
    long seed,
    Duration ingestionDelay,
    String memoriesPrefix,
    boolean exposeSourceDocument,
    Clock clock) {

  /** The memory prefix the SDK uses on the wire. */
  public static final String DEFAULT_PREFIX = "/api/v1/memories";

  public StandinOptions {
    Objects.requireNonNull(apiKey, "apiKey");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException("the API key must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(ingestionDelay, "ingestionDelay");
    if (ingestionDelay.isNegative()) {
      throw new IllegalArgumentException("ingestionDelay must not be negative");
    }
    Objects.requireNonNull(memoriesPrefix, "memoriesPrefix");
    if (!memoriesPrefix.startsWith("/") || memoriesPrefix.endsWith("/")) {
      throw new IllegalArgumentException(
          "memoriesPrefix must start with '/' and not end with one: " + memoriesPrefix);
    }
    Objects.requireNonNull(clock, "clock");
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "StandinOptions[apiKey=***, port="
        + port
        + ", instance="
        + instance.id()
        + ", stateDir="
        + stateDir
        + ", seed="
        + seed
        + ", ingestionDelay="
        + ingestionDelay.toMillis()
        + "ms, memoriesPrefix="
        + memoriesPrefix
        + ", exposeSourceDocument="
        + exposeSourceDocument
        + "]";
  }

  /** Builder with the defaults: port 0, B2C, no state dir, seed 0, 20 ms per ingestion stage. */
  public static final class Builder {
    private String apiKey;
    private int port;
    private Instance instance = Instance.B2C;
    private Path stateDir;
    private long seed;
    private Duration ingestionDelay = Duration.ofMillis(20);
    private String memoriesPrefix = DEFAULT_PREFIX;
    private boolean exposeSourceDocument;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder apiKey(String key) {
      this.apiKey = key;
      return this;
    }

    public Builder port(int value) {
      this.port = value;
      return this;
    }

    public Builder instance(Instance value) {
      this.instance = value;
      return this;
    }

    public Builder stateDir(Path dir) {
      this.stateDir = dir;
      return this;
    }

    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    public Builder ingestionDelay(Duration value) {
      this.ingestionDelay = value;
      return this;
    }

    public Builder memoriesPrefix(String value) {
      this.memoriesPrefix = value;
      return this;
    }

    public Builder exposeSourceDocument(boolean value) {
      this.exposeSourceDocument = value;
      return this;
    }

    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    public StandinOptions build() {
      return new StandinOptions(
          apiKey,
          port,
          instance,
          stateDir,
          seed,
          ingestionDelay,
          memoriesPrefix,
          exposeSourceDocument,
          clock);
    }
  }
}
