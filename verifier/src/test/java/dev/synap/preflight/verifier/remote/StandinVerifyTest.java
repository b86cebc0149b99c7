package dev.synap.preflight.verifier.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.standin.LeakRecord;
import dev.synap.preflight.synap.SynapClient;
import dev.synap.preflight.verifier.TestCorpus;
import dev.synap.preflight.verifier.attribution.Attributor;
import dev.synap.preflight.verifier.attribution.ContentAttributor;
import dev.synap.preflight.verifier.index.BaselineIndex;
import dev.synap.preflight.verifier.index.IndexSettings;
import dev.synap.preflight.verifier.journal.DocumentLoad;
import dev.synap.preflight.verifier.journal.InMemoryLoadJournal;
import dev.synap.preflight.verifier.journal.LoadJournal;
import dev.synap.preflight.verifier.leak.ScopeLeak;
import dev.synap.preflight.verifier.query.Sampler;
import dev.synap.preflight.verifier.query.VerifyQuery;
import dev.synap.preflight.verifier.run.VerificationResult;
import dev.synap.preflight.verifier.run.Verifier;
import dev.synap.preflight.verifier.run.VerifyOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verifier end to end against the in-process stand-in (real HTTP on loopback, the real client):
 * a generated B2B corpus of 600 documents loaded with batch creates, 300 sampled known-item
 * queries. Faithful → no leak and high recall; leaks injected by the stand-in → reported with no
 * false leak (checked against the stand-in's own audit trail); 20% dropped → recall falls about as
 * much and coverage names exactly the dropped documents.
 */
class StandinVerifyTest {
  private static final IndexSettings SETTINGS = IndexSettings.defaults(Instance.B2B);
  private static final String SHA = "a".repeat(64);
  private static final int QUERIES = 300;

  @TempDir Path dir;
  private List<MemoryDocument> docs;
  private BaselineIndex baseline;
  private List<VerifyQuery> queries;
  private StandinHarness standin;

  @BeforeEach
  void setUp() throws Exception {
    docs = TestCorpus.generated(600, new Random(11));
    baseline = TestCorpus.of(dir.resolve("baseline"), docs, SETTINGS, SHA);
    queries = new Sampler(baseline, 5).sample(QUERIES, 42L);
    standin = new StandinHarness(Instance.B2B, 7L);
  }

  @AfterEach
  void tearDown() throws Exception {
    standin.close();
    baseline.close();
  }

  private VerificationResult verify(SynapClient client, LoadJournal journal, VerifyOptions o)
      throws InterruptedException {
    Attributor attributor =
        new Attributor(
            journal, new SynapMemorySourceLookup(client), ContentAttributor.withDefaults(baseline));
    return new Verifier(baseline, SHA, attributor, journal, o, System::nanoTime)
        .verify(queries, new SynapContextFetcher(client));
  }

  @Test
  void faithfulStandinHasNoLeakAndHighRecall() throws Exception {
    LoadJournal journal = standin.load(docs);
    VerificationResult r = verify(standin.client, journal, new VerifyOptions(10, 0.9, 0.9, 8, 42));
    assertThat(r.leaks()).isEmpty();
    assertThat(r.summary().errors()).isZero();
    assertThat(r.summary().items()).isGreaterThanOrEqualTo(QUERIES);
    assertThat(r.summary().recall().mean()).isGreaterThanOrEqualTo(0.9);
    assertThat(r.summary().knownItem().mean()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.summary().attributionMethods().get("journal")).isEqualTo(r.summary().items());
    assertThat(r.coverage().covered()).isEqualTo(docs.size());
    assertThat(r.gate().passed()).isTrue();
  }

  @Test
  void withoutAJournalItemsAreAttributedBySourceDocumentId() throws Exception {
    standin.load(docs);
    VerificationResult r = verify(standin.client, null, new VerifyOptions(10, 0, 0, 8, 42));
    assertThat(r.leaks()).isEmpty();
    assertThat(r.summary().attributionMethods().get("source-document-id"))
        .isEqualTo(r.summary().items());
    assertThat(r.summary().knownItem().mean()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.coverage()).isNull();
  }

  /**
   * The stand-in's leakRate is per fetch (one foreign item added to that share of fetches). At the
   * issue's 1%, 300 fetches inject only a few leaks, so every one must be caught; 10% injects
   * enough (at least 15) to measure the sensitivity as a rate.
   */
  @ParameterizedTest(name = "leak rate {0}")
  @CsvSource({"0.01, 1", "0.10, 15"})
  void injectedLeaksAreReportedWithoutFalseOnes(double rate, int minInjected) throws Exception {
    LoadJournal journal = standin.load(docs);
    standin.server.faults().leakRate(rate);
    VerificationResult r = verify(standin.client, journal, new VerifyOptions(10, 0, 0, 8, 42));

    Map<String, Integer> injected = new HashMap<>();
    for (LeakRecord l : standin.server.leaks()) {
      injected.merge(l.memoryId() + " " + l.documentId(), 1, Integer::sum);
    }
    int total = injected.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(total).as("injected leaks").isGreaterThanOrEqualTo(minInjected);
    int caught = 0;
    List<String> falseLeaks = new ArrayList<>();
    for (ScopeLeak l : r.leaks()) {
      String key = l.item().id() + " " + l.documentId();
      Integer left = injected.get(key);
      if (left == null || left == 0) {
        falseLeaks.add(l.describe());
      } else {
        injected.put(key, left - 1);
        caught++;
      }
    }
    assertThat(falseLeaks).isEmpty();
    assertThat((double) caught / total).as("sensitivity").isGreaterThanOrEqualTo(0.95);
    assertThat(r.gate().passed()).isFalse();
    assertThat(r.gate().reasons()).anyMatch(s -> s.contains("scope leak"));
  }

  @Test
  void droppedDocumentsLowerRecallAndCoverageNamesThem() throws Exception {
    standin.server.faults().dropRate(0.2);
    InMemoryLoadJournal journal = standin.load(docs);
    standin.server.faults().dropRate(0);
    Set<String> dropped =
        journal.documents().stream()
            .filter(d -> !d.covered())
            .map(DocumentLoad::documentId)
            .collect(Collectors.toCollection(TreeSet::new));
    double share = dropped.size() / (double) docs.size();
    assertThat(share).isBetween(0.12, 0.28);

    VerificationResult r = verify(standin.client, journal, new VerifyOptions(10, 0.9, 0, 8, 42));
    assertThat(r.leaks()).isEmpty();
    assertThat(r.summary().knownItem().mean()).isBetween(1 - share - 0.08, 1 - share + 0.08);
    assertThat(r.summary().recall().mean()).isLessThan(0.95).isGreaterThan(1 - share - 0.15);
    assertThat(
            r.coverage().uncovered().stream()
                .map(DocumentLoad::documentId)
                .collect(Collectors.toSet()))
        .isEqualTo(dropped);
    assertThat(r.coverage().covered()).isEqualTo(docs.size() - dropped.size());
    assertThat(r.gate().passed()).isFalse();
  }
}
