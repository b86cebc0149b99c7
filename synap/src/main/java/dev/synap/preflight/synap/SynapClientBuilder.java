package dev.synap.preflight.synap;

import dev.synap.preflight.synap.resilience.RetrySettings;
import dev.synap.preflight.synap.resilience.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Settings of a {@link SynapClient}. Only the base URL and the key are required; the defaults
 * follow the SDK (connect 5 s, request 30 s) with four attempts and no client-side rate limit.
 */
public final class SynapClientBuilder {
  /** The SDK's memories prefix; the docs show {@code /v1/memories}. */
  public static final String DEFAULT_MEMORIES_PREFIX = "/api/v1/memories";

  /**
   * The default cap on a response body, 4 MiB: about 80 KB for each of the 50 items a fetch may
   * return, or a status listing some 100,000 memory ids. Every answer in the API is far smaller.
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 4L << 20;

  private URI baseUri;
  private String memoriesPrefix = DEFAULT_MEMORIES_PREFIX;
  private ApiKey apiKey;
  private Duration connectTimeout = Duration.ofSeconds(5);
  private Duration requestTimeout = Duration.ofSeconds(30);
  private RetrySettings retrySettings = RetrySettings.DEFAULTS;
  private int rateLimitPerMinute;
  private Duration rateLimitMaxWait = Duration.ofMinutes(5);
  private Sleeper sleeper = Sleeper.system();
  private Clock clock = Clock.systemUTC();
  private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
  private CallListener listener = CallListener.NONE;
  private String userAgent = "synap-preflight/0.1";
  private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

  SynapClientBuilder() {}

  /** The service root, e.g. {@code https://synap-cloud-prod.maximem.ai}; http only for loopback. */
  public SynapClientBuilder baseUri(URI baseUri) {
    this.baseUri = baseUri;
    return this;
  }

  /** The memories path prefix, {@code /api/v1/memories} (default) or {@code /v1/memories}. */
  public SynapClientBuilder memoriesPrefix(String memoriesPrefix) {
    this.memoriesPrefix = memoriesPrefix;
    return this;
  }

  /** The API key (required). */
  public SynapClientBuilder apiKey(ApiKey apiKey) {
    this.apiKey = apiKey;
    return this;
  }

  /** Time allowed to open a connection (default 5 s). */
  public SynapClientBuilder connectTimeout(Duration connectTimeout) {
    this.connectTimeout = positive(connectTimeout, "connectTimeout");
    return this;
  }

  /** Time allowed for each attempt's response (default 30 s). */
  public SynapClientBuilder requestTimeout(Duration requestTimeout) {
    this.requestTimeout = positive(requestTimeout, "requestTimeout");
    return this;
  }

  /** Attempts per call including the first (default 4; 1 turns retries off). */
  public SynapClientBuilder maxAttempts(int maxAttempts) {
    RetrySettings r = retrySettings;
    this.retrySettings =
        new RetrySettings(maxAttempts, r.baseDelay(), r.maxDelay(), r.maxRetryAfter());
    return this;
  }

  /** Exponential backoff: first retry within {@code base}, never more than {@code max}. */
  public SynapClientBuilder backoff(Duration base, Duration max) {
    RetrySettings r = retrySettings;
    this.retrySettings = new RetrySettings(r.maxAttempts(), base, max, r.maxRetryAfter());
    return this;
  }

  /** The longest {@code Retry-After} honoured (default 2 min); a longer one fails the call. */
  public SynapClientBuilder maxRetryAfter(Duration maxRetryAfter) {
    RetrySettings r = retrySettings;
    this.retrySettings =
        new RetrySettings(r.maxAttempts(), r.baseDelay(), r.maxDelay(), maxRetryAfter);
    return this;
  }

  /** Client-side requests a minute, every attempt counted (default 0 = no limit). */
  public SynapClientBuilder rateLimitPerMinute(int rateLimitPerMinute) {
    if (rateLimitPerMinute < 0) {
      throw new IllegalArgumentException("rateLimitPerMinute must not be negative");
    }
    this.rateLimitPerMinute = rateLimitPerMinute;
    return this;
  }

  /** The longest a call waits for a rate-limit permit before failing (default 5 min). */
  public SynapClientBuilder rateLimitMaxWait(Duration rateLimitMaxWait) {
    Objects.requireNonNull(rateLimitMaxWait, "rateLimitMaxWait");
    if (rateLimitMaxWait.isNegative()) {
      throw new IllegalArgumentException("rateLimitMaxWait must not be negative");
    }
    this.rateLimitMaxWait = rateLimitMaxWait;
    return this;
  }

  /** How the client waits between attempts (tests: a recording sleeper). */
  public SynapClientBuilder sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return this;
  }

  /** The clock for HTTP-date {@code Retry-After} values and correlation ids. */
  public SynapClientBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** The source of backoff jitter, numbers in {@code [0, 1]} (tests: a constant). */
  public SynapClientBuilder jitter(DoubleSupplier jitter) {
    this.jitter = Objects.requireNonNull(jitter, "jitter");
    return this;
  }

  /** Told about every retry. */
  public SynapClientBuilder listener(CallListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /** The {@code User-Agent} header. */
  public SynapClientBuilder userAgent(String userAgent) {
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    return this;
  }

  /**
   * The most bytes of a response body the client reads (default {@link
   * #DEFAULT_MAX_RESPONSE_BYTES}). A larger body is refused by its {@code Content-Length} or
   * cancelled as soon as it passes the cap, and the call fails with {@code
   * ResponseOutOfContractException}: memory per call stays bounded whatever the service sends.
   *
   * @param maxResponseBytes 1 KiB to 1 GiB
   */
  public SynapClientBuilder maxResponseBytes(long maxResponseBytes) {
    if (maxResponseBytes < 1024 || maxResponseBytes > (1L << 30)) {
      throw new IllegalArgumentException("maxResponseBytes must be between 1 KiB and 1 GiB");
    }
    this.maxResponseBytes = maxResponseBytes;
    return this;
  }

  /**
   * Builds the client.
   *
   * @throws IllegalArgumentException when the key is missing, the base URL or the prefix is
   *     unusable, or http:// is aimed at a non-loopback host
   */
  public SynapClient build() {
    String base = BaseUri.check(baseUri);
    if (apiKey == null) {
      throw new IllegalArgumentException("an API key is required");
    }
    String prefix = Objects.requireNonNull(memoriesPrefix, "memoriesPrefix").strip();
    if (!prefix.startsWith("/") || prefix.contains("?") || prefix.contains("#")) {
      throw new IllegalArgumentException("the memories prefix must be a path starting with /");
    }
    while (prefix.endsWith("/")) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    return new SynapClient(new Transport(this, base, clock), prefix, clock);
  }

  ApiKey apiKey() {
    return apiKey;
  }

  Duration connectTimeout() {
    return connectTimeout;
  }

  Duration requestTimeout() {
    return requestTimeout;
  }

  RetrySettings retrySettings() {
    return retrySettings;
  }

  int rateLimitPerMinute() {
    return rateLimitPerMinute;
  }

  Duration rateLimitMaxWait() {
    return rateLimitMaxWait;
  }

  Sleeper sleeper() {
    return sleeper;
  }

  DoubleSupplier jitter() {
    return jitter;
  }

  CallListener listener() {
    return listener;
  }

  String userAgent() {
    return userAgent;
  }

  long maxResponseBytes() {
    return maxResponseBytes;
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return value;
  }
}
