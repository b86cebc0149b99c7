package dev.synap.preflight.loader.remote;

import dev.synap.preflight.loader.journal.AppendHook;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.plan.DocumentSource;
import dev.synap.preflight.loader.run.CrashResumeTestAccess;
import dev.synap.preflight.loader.run.LoadRun;
import dev.synap.preflight.loader.run.RunInfo;
import dev.synap.preflight.loader.run.Sleeper;
import dev.synap.preflight.loader.testing.Docs;
import dev.synap.preflight.synap.ApiKey;
import dev.synap.preflight.synap.CallListener;
import dev.synap.preflight.synap.SynapClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * A load in its own JVM, for {@link KillNineTest} to kill with SIGKILL: {@code KillTarget BASE_URI
 * JOURNAL_DIR DOCUMENTS}. Exits 0 when the load completed.
 */
public final class KillTarget {
  private KillTarget() {}

  /** Runs one load. */
  public static void main(String[] args) throws Exception {
    SynapIngestService service =
        SynapIngestService.build(
            SynapClient.builder()
                .baseUri(URI.create(args[0]))
                .apiKey(ApiKey.of(StandinHarness.KEY))
                .maxAttempts(3)
                .backoff(Duration.ofMillis(5), Duration.ofMillis(20))
                .requestTimeout(Duration.ofSeconds(2)),
            CallListener.NONE);
    int n = Integer.parseInt(args[2]);
    try (Journal j =
        Journal.openForExport(Path.of(args[1]), CrashResumeTestAccess.header(), AppendHook.NONE)) {
      boolean complete =
          new LoadRun(
                  j, service, StandinHarness.options(), Clock.systemUTC(), Sleeper.SYSTEM, p -> {})
              .run(
                  DocumentSource.of(Docs.export(n, true)), new RunInfo(true, "forced", Map.of()), n)
              .complete();
      Runtime.getRuntime().halt(complete ? 0 : 1);
    }
  }
}
