package dev.synap.preflight.verifier.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.synap.SynapClient;
import dev.synap.preflight.verifier.TestCorpus;
import dev.synap.preflight.verifier.attribution.Attributor;
import dev.synap.preflight.verifier.attribution.ContentAttributor;
import dev.synap.preflight.verifier.index.BaselineIndex;
import dev.synap.preflight.verifier.index.IndexSettings;
import dev.synap.preflight.verifier.query.Sampler;
import dev.synap.preflight.verifier.query.VerifyQuery;
import dev.synap.preflight.verifier.run.QueryResult;
import dev.synap.preflight.verifier.run.VerificationResult;
import dev.synap.preflight.verifier.run.Verifier;
import dev.synap.preflight.verifier.run.VerifyOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Service faults during a verification (issue 7): 5xx, connection resets, a 429 storm and timeouts
 * become errors of the queries they hit; the run completes with every query reported, and the API
 * key appears in none of the errors.
 */
class StandinFaultsTest {
  private static final IndexSettings SETTINGS = IndexSettings.defaults(Instance.B2B);
  private static final String SHA = "b".repeat(64);

  @TempDir Path dir;
  private BaselineIndex baseline;
  private List<VerifyQuery> queries;
  private StandinHarness standin;

  @BeforeEach
  void setUp() throws Exception {
    List<MemoryDocument> docs = TestCorpus.generated(200, new Random(5));
    baseline = TestCorpus.of(dir.resolve("baseline"), docs, SETTINGS, SHA);
    queries = new Sampler(baseline, 5).sample(60, 9L);
    standin = new StandinHarness(Instance.B2B, 3L);
    standin.load(docs);
  }

  @AfterEach
  void tearDown() throws Exception {
    standin.close();
    baseline.close();
  }

  private VerificationResult verify(SynapClient client, List<VerifyQuery> qs) throws Exception {
    Attributor attributor =
        new Attributor(
            null, new SynapMemorySourceLookup(client), ContentAttributor.withDefaults(baseline));
    return new Verifier(
            baseline, SHA, attributor, null, new VerifyOptions(10, 0, 0, 8, 42), System::nanoTime)
        .verify(qs, new SynapContextFetcher(client));
  }

  private static void assertReportedPerQuery(VerificationResult r, int queries) {
    assertThat(r.queries()).hasSize(queries);
    assertThat(r.summary().queries()).isEqualTo(queries);
    for (QueryResult q : r.queries()) {
      if (q.error() != null) {
        assertThat(q.items()).isEmpty();
        assertThat(q.recall()).isNaN();
        assertThat(q.error()).doesNotContain(StandinHarness.KEY);
      }
    }
    assertThat(r.leaks()).isEmpty();
  }

  @Test
  void serverErrorsAndResetsBecomeQueryErrorsAndTheRunCompletes() throws Exception {
    standin.server.faults().errorRate(0.3).resetRate(0.2);
    VerificationResult r = verify(standin.client(b -> b.maxAttempts(1)), queries);
    assertReportedPerQuery(r, queries.size());
    assertThat(r.summary().errors()).isBetween(10, queries.size() - 10);
    assertThat(r.queries())
        .anyMatch(q -> q.error() != null && q.error().startsWith("ServerErrorException"))
        .anyMatch(q -> q.error() != null && q.error().startsWith("TransportException"));
    assertThat(r.summary().recall().n()).isEqualTo(queries.size() - r.summary().errors());
  }

  @Test
  void retriesAbsorbTransientFaults() throws Exception {
    standin.server.faults().errorRate(0.2).resetRate(0.1);
    VerificationResult r = verify(standin.client(b -> b.maxAttempts(6)), queries);
    assertReportedPerQuery(r, queries.size());
    assertThat(r.summary().errors()).isLessThanOrEqualTo(2);
    assertThat(r.summary().knownItem().mean()).isGreaterThan(0.9);
  }

  @Test
  void aRateLimitStormFailsOnlyTheQueriesItHits() throws Exception {
    standin.server.faults().rateLimitPerMinute(10);
    SynapClient client = standin.client(b -> b.maxAttempts(2).maxRetryAfter(Duration.ofMillis(1)));
    VerificationResult r = verify(client, queries);
    assertReportedPerQuery(r, queries.size());
    // the stand-in's limit is per clock minute, so a run that straddles a minute boundary gets
    // two windows of 10 requests
    assertThat(r.summary().errors()).isGreaterThanOrEqualTo(queries.size() - 2 * 10);
    assertThat(r.queries())
        .filteredOn(q -> q.error() != null)
        .allMatch(q -> q.error().startsWith("RateLimitedException"));
  }

  @Test
  void timeoutsBecomeQueryErrors() throws Exception {
    standin.server.faults().latency(Duration.ofMillis(1500));
    SynapClient client =
        standin.client(b -> b.maxAttempts(1).requestTimeout(Duration.ofMillis(200)));
    List<VerifyQuery> few = queries.subList(0, 6);
    VerificationResult r = verify(client, few);
    assertReportedPerQuery(r, few.size());
    assertThat(r.queries()).allMatch(q -> q.error() != null && q.error().contains("Transport"));
  }

  @Test
  void forcedFailuresHitExactlyThatManyQueries() throws Exception {
    standin.server.faults().failNext(5, 502);
    SynapClient client = standin.client(b -> b.maxAttempts(1));
    VerificationResult r = verify(client, queries.subList(0, 20));
    assertReportedPerQuery(r, 20);
    assertThat(r.summary().errors()).isEqualTo(5);
    assertThat(r.queries())
        .filteredOn(q -> q.error() != null)
        .allMatch(q -> q.error().contains("HTTP 502"));
  }
}
