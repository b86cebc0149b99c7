package dev.synap.preflight.loader.remote;

import dev.synap.preflight.loader.journal.AppendHook;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.plan.DocumentSource;
import dev.synap.preflight.loader.plan.PlanOptions;
import dev.synap.preflight.loader.plan.SourceDocument;
import dev.synap.preflight.loader.run.CrashResumeTestAccess;
import dev.synap.preflight.loader.run.LoadOptions;
import dev.synap.preflight.loader.run.LoadResult;
import dev.synap.preflight.loader.run.LoadRun;
import dev.synap.preflight.loader.run.ProgressListener;
import dev.synap.preflight.loader.run.Rollback;
import dev.synap.preflight.loader.run.RollbackResult;
import dev.synap.preflight.loader.run.RunInfo;
import dev.synap.preflight.loader.run.Sleeper;
import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.standin.DuplicatePolicy;
import dev.synap.preflight.standin.StandinOptions;
import dev.synap.preflight.standin.StandinServer;
import dev.synap.preflight.standin.store.Store;
import dev.synap.preflight.standin.store.StoredMemory;
import dev.synap.preflight.synap.ApiKey;
import dev.synap.preflight.synap.CallListener;
import dev.synap.preflight.synap.SynapClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Starts stand-ins on a state directory and runs loads and rollbacks against them. */
final class StandinHarness implements AutoCloseable {
  static final String KEY = "sk-test-123";
  private final Path state;
  private final DuplicatePolicy policy;
  private StandinServer server;

  StandinHarness(Path state, DuplicatePolicy policy) throws IOException {
    this.state = state;
    this.policy = policy;
    start();
  }

  void start() throws IOException {
    server =
        StandinServer.start(
            StandinOptions.builder()
                .apiKey(KEY)
                .port(0)
                .instance(Instance.B2C)
                .stateDir(state)
                .seed(7)
                .ingestionDelay(Duration.ofMillis(2))
                .build());
    server.faults().duplicatePolicy(policy);
  }

  /** Stops the stand-in and starts it again on the same state (a new port). */
  void restart() throws IOException {
    server.close();
    start();
  }

  StandinServer server() {
    return server;
  }

  SynapIngestService service() {
    return SynapIngestService.build(
        SynapClient.builder()
            .baseUri(server.baseUri())
            .apiKey(ApiKey.of(KEY))
            .sleeper(d -> {})
            .maxAttempts(3)
            .requestTimeout(Duration.ofMillis(800)),
        CallListener.NONE);
  }

  static LoadOptions options() {
    return new LoadOptions(
        new PlanOptions(20, 0),
        3,
        3,
        Duration.ZERO,
        Duration.ofMillis(5),
        Duration.ofMillis(40),
        Duration.ofSeconds(60));
  }

  LoadResult load(Path journal, List<SourceDocument> export, AppendHook hook, ProgressListener l)
      throws Exception {
    try (Journal j = Journal.openForExport(journal, CrashResumeTestAccess.header(), hook)) {
      return new LoadRun(j, service(), options(), Clock.systemUTC(), Sleeper.SYSTEM, l)
          .run(DocumentSource.of(export), new RunInfo(true, "forced", Map.of()), export.size());
    }
  }

  RollbackResult rollback(Path journal, AppendHook hook) throws Exception {
    try (Journal j = Journal.open(journal, hook)) {
      return new Rollback(j, service(), options(), Clock.systemUTC(), Sleeper.SYSTEM, p -> {})
          .run(new RunInfo(false, "n/a", Map.of()));
    }
  }

  /** A rollback that searches for the memories the journal cannot name, in {@code export}. */
  RollbackResult rollback(Path journal, AppendHook hook, List<SourceDocument> export)
      throws Exception {
    try (Journal j = Journal.open(journal, hook)) {
      SynapIngestService service = service();
      return new Rollback(j, service, options(), Clock.systemUTC(), Sleeper.SYSTEM, p -> {})
          .recoveringFrom(DocumentSource.of(export), new SynapMemoryFinder(service.client()))
          .run(new RunInfo(false, "n/a", Map.of()));
    }
  }

  /** Every memory the stand-in holds, read from its state after stopping it (then restarted). */
  List<StoredMemory> memories() throws Exception {
    server.awaitIdle(Duration.ofSeconds(30));
    server.close();
    List<StoredMemory> out;
    try (Store store = Store.open(Instance.B2C, Clock.systemUTC(), 7, Duration.ZERO, state)) {
      out = store.memories();
    }
    start();
    return out;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
