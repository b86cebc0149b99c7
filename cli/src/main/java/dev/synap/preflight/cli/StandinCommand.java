package dev.synap.preflight.cli;

import dev.synap.preflight.rules.config.ConfigException;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.standin.DuplicatePolicy;
import dev.synap.preflight.standin.Faults;
import dev.synap.preflight.standin.StandinOptions;
import dev.synap.preflight.standin.StandinServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code preflight standin}: serve the local stand-in for the Synap API until killed. */
@Command(
    name = "standin",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Serve a local stand-in for the Synap API on 127.0.0.1: the same paths and JSON as the"
          + " real service (memories create/batch/status/get/delete, whoami, context fetch,"
          + " health), asynchronous ingestion, the USER/CUSTOMER/CLIENT scope chain and switchable"
          + " faults. For tests, demos and dry runs; never a replacement for Synap.",
      "",
      "The only accepted key is the one in SYNAP_API_KEY or --api-key-file (as Authorization:"
          + " Bearer <key>). Prints the base URL on stdout and serves until killed (Ctrl-C)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped",
      "2:usage or configuration error (no key, bad option, port unavailable)",
      "3:internal error"
    })
final class StandinCommand implements Callable<Integer> {

  /** What the command does once the server is up: block until killed, or return in tests. */
  interface ServeLoop {
    void serve(StandinServer server) throws InterruptedException;
  }

  /** Serves until the process is stopped; a shutdown hook closes the server (and its log). */
  static final ServeLoop UNTIL_KILLED =
      server -> {
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        server.close();
                      } catch (IOException e) {
                        // the process is exiting; the state log was forced at every write
                      }
                    },
                    "standin-shutdown"));
        new CountDownLatch(1).await();
      };

  private final Map<String, String> env;
  private final ServeLoop loop;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "Port on 127.0.0.1 (0 picks a free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--instance",
      paramLabel = "b2c|b2b",
      defaultValue = "b2c",
      description =
          "Scope rules: b2c resolves the customer from the user; b2b isolates customers and"
              + " rejects user_id without customer_id (400). Default: ${DEFAULT-VALUE}.")
  String instance;

  @Option(
      names = "--drop-rate",
      paramLabel = "R",
      defaultValue = "0",
      description =
          "Share (0..1) of documents acknowledged but never turned into memories (ingestion ends"
              + " failed). Default: ${DEFAULT-VALUE}.")
  double dropRate;

  @Option(
      names = "--drop-silently",
      description = "Dropped documents report completed with zero memories instead of failed.")
  boolean dropSilently;

  @Option(
      names = "--leak-rate",
      paramLabel = "R",
      defaultValue = "0",
      description =
          "Share (0..1) of fetches that also return an item of a scope the caller may not see"
              + " (another user or customer). Default: ${DEFAULT-VALUE}.")
  double leakRate;

  @Option(
      names = "--error-rate",
      paramLabel = "R",
      defaultValue = "0",
      description = "Share (0..1) of requests answered 503. Default: ${DEFAULT-VALUE}.")
  double errorRate;

  @Option(
      names = "--reset-rate",
      paramLabel = "R",
      defaultValue = "0",
      description =
          "Share (0..1) of requests whose connection is closed without a response. Default:"
              + " ${DEFAULT-VALUE}.")
  double resetRate;

  @Option(
      names = "--latency",
      paramLabel = "MS",
      defaultValue = "0",
      description =
          "Milliseconds added before every request is answered. Default: ${DEFAULT-VALUE}.")
  long latencyMillis;

  @Option(
      names = "--rate-limit",
      paramLabel = RateLimitOption.LABEL,
      defaultValue = "0",
      description =
          "Requests per minute before 429 with Retry-After and X-RateLimit-*, e.g. 60/min (a bare"
              + " number is still read as per minute, with a deprecation note); 0 is off. Default:"
              + " ${DEFAULT-VALUE}.")
  String rateLimit;

  @Option(
      names = "--duplicate-policy",
      paramLabel = "conflict|upsert|item-failed",
      defaultValue = "conflict",
      description =
          "A re-sent document_id: conflict (409 on create, failed item in a batch), upsert"
              + " (replace the document), item-failed (failed result, 200). Default:"
              + " ${DEFAULT-VALUE}.")
  String duplicatePolicy;

  @Option(
      names = "--state-dir",
      paramLabel = "DIR",
      description =
          "Keep state in DIR (append-only log, forced to disk before each write is"
              + " acknowledged); a restart on the same DIR loses nothing. Default: memory only.")
  Path stateDir;

  @Option(
      names = "--api-key-file",
      paramLabel = "FILE",
      description =
          "File holding the one accepted API key (first line). Default: the SYNAP_API_KEY"
              + " environment variable.")
  Path apiKeyFile;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "0",
      description = "Seed for ids and every random fault decision. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--ingestion-delay",
      paramLabel = "MS",
      defaultValue = "200",
      description =
          "Milliseconds an ingestion stays queued, and again processing. Default:"
              + " ${DEFAULT-VALUE}.")
  long ingestionDelayMillis;

  @Option(
      names = "--memories-prefix",
      paramLabel = "PATH",
      defaultValue = StandinOptions.DEFAULT_PREFIX,
      description = "Path prefix of the memory endpoints. Default: ${DEFAULT-VALUE}.")
  String memoriesPrefix;

  @Option(
      names = "--expose-source-document",
      description =
          "Put source_document_id into fetch items' metadata (the real API is not known to do"
              + " this; verifier tests should not rely on it).")
  boolean exposeSourceDocument;

  StandinCommand(Map<String, String> env, ServeLoop loop) {
    this.env = env;
    this.loop = loop;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    StandinOptions options =
        StandinOptions.builder()
            .apiKey(apiKey())
            .port(port)
            .instance(Instance.parse(instance))
            .stateDir(stateDir)
            .seed(seed)
            .ingestionDelay(
                Duration.ofMillis(nonNegative(ingestionDelayMillis, "--ingestion-delay")))
            .memoriesPrefix(memoriesPrefix)
            .exposeSourceDocument(exposeSourceDocument)
            .build();
    configure(new Faults()); // reject bad fault options before binding the port
    StandinServer server = start(options);
    try {
      configure(server.faults());
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      out.println(server.baseUri());
      out.flush();
      err.println(
          "preflight standin: serving a stand-in for the Synap API ("
              + options.instance().id()
              + ") at "
              + server.baseUri()
              + "; "
              + server.faults()
              + (stateDir == null ? "; state in memory" : "; state in " + stateDir)
              + ". Stop with Ctrl-C.");
      err.flush();
      loop.serve(server);
    } finally {
      server.close();
    }
    return ExitCodes.PASSED;
  }

  private StandinServer start(StandinOptions options) throws IOException {
    try {
      return StandinServer.start(options);
    } catch (BindException e) {
      throw new ConfigException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
    }
  }

  private void configure(Faults faults) {
    faults
        .dropRate(dropRate)
        .dropSilently(dropSilently)
        .leakRate(leakRate)
        .errorRate(errorRate)
        .resetRate(resetRate)
        .latency(Duration.ofMillis(nonNegative(latencyMillis, "--latency")))
        .rateLimitPerMinute(RateLimitOption.perMinute(rateLimit, spec.commandLine().getErr()))
        .duplicatePolicy(DuplicatePolicy.parse(duplicatePolicy));
  }

  private static long nonNegative(long value, String option) {
    if (value < 0) {
      throw new ConfigException(option + " must not be negative");
    }
    return value;
  }

  private String apiKey() {
    if (apiKeyFile != null) {
      String text;
      try {
        text = Files.readString(apiKeyFile, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ConfigException("--api-key-file " + apiKeyFile + ": cannot read the file");
      }
      String key = text.lines().findFirst().orElse("").strip();
      if (key.isEmpty()) {
        throw new ConfigException("--api-key-file " + apiKeyFile + ": the file holds no key");
      }
      return key;
    }
    String key = env.get("SYNAP_API_KEY");
    if (key == null || key.isBlank()) {
      throw new ConfigException(
          "no API key: set SYNAP_API_KEY or pass --api-key-file; the stand-in accepts only that"
              + " key");
    }
    return key.strip();
  }
}
