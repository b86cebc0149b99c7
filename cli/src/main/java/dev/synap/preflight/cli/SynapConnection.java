package dev.synap.preflight.cli;

import dev.synap.preflight.loader.remote.SynapIngestService;
import dev.synap.preflight.rules.config.ConfigException;
import dev.synap.preflight.synap.ApiKey;
import dev.synap.preflight.synap.CallListener;
import dev.synap.preflight.synap.SynapClient;
import dev.synap.preflight.synap.SynapClientBuilder;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The options that connect a command to Synap, shared by {@code load} and {@code rollback}. The API
 * key comes from {@code SYNAP_API_KEY} or {@code --api-key-file}, never from the command line.
 */
final class SynapConnection {
  @Option(
      names = "--base-url",
      paramLabel = "URL",
      required = true,
      description =
          "Synap's base URL, e.g. https://synap-cloud-prod.maximem.ai; http:// only for"
              + " localhost/127.0.0.1 (the stand-in).")
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
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Client-side limit in requests per minute (every attempt counts); 0 = none, 429 answers"
              + " are honoured either way. Default: ${DEFAULT-VALUE}.")
  int rateLimit;

  @Option(
      names = "--request-timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Timeout of one HTTP attempt. Default: ${DEFAULT-VALUE}.")
  int requestTimeoutSeconds;

  /** The base URL as text, for journals and reports (it holds no secret). */
  String baseUrl() {
    return baseUrl;
  }

  /** The client-side limit in requests a minute (0: none). */
  int rateLimit() {
    return rateLimit;
  }

  /** The adapter the loader talks to, with a client built from these options. */
  SynapIngestService service(CallListener retries) {
    ApiKey key;
    try {
      key = apiKeyFile != null ? ApiKey.fromFile(apiKeyFile) : ApiKey.fromEnvironment();
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "no usable API key: "
              + e.getMessage()
              + " (set "
              + ApiKey.ENVIRONMENT_VARIABLE
              + " or pass --api-key-file)");
    }
    if (rateLimit < 0 || requestTimeoutSeconds < 1) {
      throw new ConfigException("--rate-limit must be 0 or more and --request-timeout 1 or more");
    }
    SynapClientBuilder builder;
    try {
      builder =
          SynapClient.builder()
              .baseUri(URI.create(baseUrl))
              .memoriesPrefix(memoriesPrefix)
              .apiKey(key)
              .rateLimitPerMinute(rateLimit)
              // a limit lower than the load needs makes it slow, not failed: wait for permits
              .rateLimitMaxWait(Duration.ofDays(1))
              .requestTimeout(Duration.ofSeconds(requestTimeoutSeconds));
      return SynapIngestService.build(builder, retries);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--base-url " + baseUrl + ": " + e.getMessage());
    }
  }
}
