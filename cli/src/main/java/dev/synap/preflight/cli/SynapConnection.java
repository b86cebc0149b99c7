package dev.synap.preflight.cli;

import dev.synap.preflight.loader.remote.SynapIngestService;
import dev.synap.preflight.rules.config.ConfigException;
import dev.synap.preflight.synap.ApiKey;
import dev.synap.preflight.synap.CallListener;
import dev.synap.preflight.synap.SynapClient;
import dev.synap.preflight.synap.SynapClientBuilder;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The one set of options that connects a command to Synap, shared by {@code load}, {@code rollback}
 * and {@code verify} ({@code status} reads only the journal). The API key comes from {@code
 * SYNAP_API_KEY} or {@code --api-key-file}, never from the command line.
 */
final class SynapConnection {
  private final Map<String, String> env;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      required = true,
      description =
          "Synap's base URL, e.g. https://synap-cloud-prod.maximem.ai; http:// only for"
              + " localhost/127.0.0.1/::1 (the stand-in).")
  String baseUrl;

  @Option(
      names = "--api-key-file",
      paramLabel = "FILE",
      description =
          "File holding the API key (one line). Default: the SYNAP_API_KEY environment"
              + " variable. The key is never printed, logged or journaled.")
  Path apiKeyFile;

  @Option(
      names = "--memories-prefix",
      paramLabel = "PATH",
      defaultValue = SynapClientBuilder.DEFAULT_MEMORIES_PREFIX,
      description = "Path prefix of the memory endpoints. Default: ${DEFAULT-VALUE}.")
  String memoriesPrefix;

  @Option(
      names = "--rate-limit",
      paramLabel = RateLimitOption.LABEL,
      defaultValue = "0",
      description =
          "Client-side limit in requests per minute, e.g. 600/min (every attempt counts; stay"
              + " under your plan's); 0 = none, 429 answers are honoured either way. A bare"
              + " number is still read as per minute, with a deprecation note. Default:"
              + " ${DEFAULT-VALUE}.")
  String rateLimit;

  @Option(
      names = "--request-timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Timeout of one HTTP attempt. Default: ${DEFAULT-VALUE}.")
  int requestTimeoutSeconds;

  private Integer perMinute;

  /** Options that read the key from the process environment. */
  SynapConnection() {
    this(System.getenv());
  }

  /** Options that read {@code SYNAP_API_KEY} from {@code env} (tests pass their own). */
  SynapConnection(Map<String, String> env) {
    this.env = env;
  }

  /** The base URL as text, for journals and reports (it holds no secret). */
  String baseUrl() {
    return baseUrl;
  }

  /** The client-side limit in requests per minute (0: none); parsed (and noted) once. */
  int rateLimitPerMinute() {
    if (perMinute == null) {
      perMinute = RateLimitOption.perMinute(rateLimit, err());
    }
    return perMinute;
  }

  /** A client builder configured from these options. */
  SynapClientBuilder builder() {
    ApiKey key;
    try {
      key = apiKeyFile != null ? ApiKey.fromFile(apiKeyFile) : ApiKey.fromEnvironment(env);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "no usable API key: "
              + e.getMessage()
              + " (set "
              + ApiKey.ENVIRONMENT_VARIABLE
              + " or pass --api-key-file)");
    }
    int perMinute = rateLimitPerMinute();
    if (requestTimeoutSeconds < 1) {
      throw new ConfigException("--request-timeout must be 1 or more");
    }
    URI uri;
    try {
      uri = URI.create(baseUrl);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--base-url " + baseUrl + ": not a URL");
    }
    try {
      return SynapClient.builder()
          .baseUri(uri)
          .memoriesPrefix(memoriesPrefix)
          .apiKey(key)
          .rateLimitPerMinute(perMinute)
          .requestTimeout(Duration.ofSeconds(requestTimeoutSeconds));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--base-url " + baseUrl + ": " + e.getMessage());
    }
  }

  /** A client built from these options. */
  SynapClient client() {
    SynapClientBuilder b = builder();
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--base-url " + baseUrl + ": " + e.getMessage());
    }
  }

  /** The adapter the loader talks to, with a client built from these options. */
  SynapIngestService service(CallListener retries) {
    SynapClientBuilder b = builder();
    try {
      return SynapIngestService.build(b, retries);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--base-url " + baseUrl + ": " + e.getMessage());
    }
  }

  private PrintWriter err() {
    return mixee.commandLine().getErr();
  }
}
