package dev.synap.preflight.verifier.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.verifier.TestCorpus;
import dev.synap.preflight.verifier.attribution.AttributionMethod;
import dev.synap.preflight.verifier.attribution.Attributor;
import dev.synap.preflight.verifier.attribution.ContentAttributor;
import dev.synap.preflight.verifier.attribution.MemorySourceLookup;
import dev.synap.preflight.verifier.index.BaselineIndex;
import dev.synap.preflight.verifier.index.IndexSettings;
import dev.synap.preflight.verifier.journal.DocumentLoad;
import dev.synap.preflight.verifier.journal.InMemoryLoadJournal;
import dev.synap.preflight.verifier.journal.LoadJournal;
import dev.synap.preflight.verifier.leak.ScopeLeak;
import dev.synap.preflight.verifier.query.Sampler;
import dev.synap.preflight.verifier.query.VerifyQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier against a fake Synap over a generated B2B corpus (600 documents: 120 users in 30
 * customers, customer and client documents), 300 sampled known-item queries. These are the checks
 * the stand-in will be held to: faithful → no leak, high recall; 1% of items leaked → reported
 * (sensitivity ≥ 95%), with no false leak; 20% of documents dropped → recall falls about as much
 * and coverage names exactly them.
 */
class FaultInjectionTest {
  private static final IndexSettings SETTINGS = IndexSettings.defaults(Instance.B2B);
  private static final int QUERIES = 300;

  @TempDir Path dir;
  private List<MemoryDocument> docs;
  private BaselineIndex baseline;
  private BaselineIndex synapSide;
  private List<VerifyQuery> queries;

  @BeforeEach
  void setUp() throws Exception {
    docs = TestCorpus.generated(600, new Random(11));
    baseline = TestCorpus.of(dir.resolve("baseline"), docs, SETTINGS, "c".repeat(64));
    synapSide = TestCorpus.of(dir.resolve("fake"), docs, SETTINGS, "c".repeat(64));
    queries = new Sampler(baseline, 5).sample(QUERIES, 42L);
    assertThat(queries).hasSize(QUERIES);
  }

  @AfterEach
  void tearDown() throws Exception {
    baseline.close();
    synapSide.close();
  }

  private VerificationResult verify(FakeSynap fake, LoadJournal journal, VerifyOptions options)
      throws InterruptedException {
    Attributor attributor =
        new Attributor(
            journal, MemorySourceLookup.none(), ContentAttributor.withDefaults(baseline));
    return new Verifier(baseline, "c".repeat(64), attributor, journal, options, System::nanoTime)
        .verify(queries, fake);
  }

  @Test
  void faithfulServiceHasNoLeakAndFullRecall() throws Exception {
    FakeSynap fake = new FakeSynap(synapSide, Set.of(), 0.0, 1L);
    VerificationResult r = verify(fake, null, new VerifyOptions(10, 0.9, 0.9, 4, 42L));
    assertThat(r.leaks()).isEmpty();
    assertThat(r.summary().errors()).isZero();
    assertThat(r.summary().recall().mean()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.summary().knownItem().mean()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.summary().rbo().mean()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.summary().attributionMethods().get("content")).isEqualTo(r.summary().items());
    assertThat(r.gate().passed()).isTrue();
    assertThat(r.gate().exitCode()).isZero();
    assertThat(r.coverage()).isNull();
    assertThat(r.baseline()).isEqualTo("BM25(k1=0.9, b=0.4), analyzer english, instance b2b");

    TrecFiles.write(r, dir.resolve("trec"));
    List<String> run = Files.readAllLines(dir.resolve("trec/synap.run"));
    assertThat(run)
        .isNotEmpty()
        .allMatch(l -> l.matches("s\\d{4} Q0 \\S+ \\d+ \\d+\\.\\d{6} synap"));
    assertThat(Files.readAllLines(dir.resolve("trec/known-items.qrels"))).hasSize(QUERIES);
  }

  @Test
  void leaksAtOnePercentAreReportedWithoutFalseOnes() throws Exception {
    FakeSynap fake = new FakeSynap(synapSide, Set.of(), 0.01, 5L);
    VerificationResult r = verify(fake, null, VerifyOptions.defaults());

    Set<String> injected = new HashSet<>();
    for (VerifyQuery q : queries) {
      fake.injected
          .getOrDefault(q.text(), Set.of())
          .forEach(item -> injected.add(q.id() + " " + item));
    }
    Set<String> reported = new HashSet<>();
    for (ScopeLeak l : r.leaks()) {
      reported.add(l.queryId() + " " + l.item().id());
    }
    assertThat(injected).as("enough leaks to measure sensitivity").hasSizeGreaterThanOrEqualTo(15);
    Set<String> caught = new HashSet<>(reported);
    caught.retainAll(injected);
    assertThat((double) caught.size() / injected.size()).isGreaterThanOrEqualTo(0.95);
    Set<String> falseLeaks = new TreeSet<>(reported);
    falseLeaks.removeAll(injected);
    assertThat(falseLeaks).isEmpty();

    ScopeLeak first = r.leaks().get(0);
    assertThat(first.attribution().method()).isEqualTo(AttributionMethod.CONTENT);
    assertThat(first.describe()).contains(first.documentId()).contains("returned to");
    assertThat(r.gate().passed()).isFalse();
    assertThat(r.gate().exitCode()).isEqualTo(1);
    assertThat(r.gate().reasons()).anyMatch(s -> s.contains("scope leak"));
  }

  @Test
  void droppedDocumentsLowerRecallAndCoverageNamesThem() throws Exception {
    Random random = new Random(3);
    Set<String> dropped = new TreeSet<>();
    List<DocumentLoad> loads = new ArrayList<>();
    for (MemoryDocument d : docs) {
      boolean drop = random.nextDouble() < 0.2;
      if (drop) {
        dropped.add(d.documentId());
        loads.add(
            new DocumentLoad(
                d.documentId(), dropped.size() % 2 == 0 ? "failed" : "completed", List.of()));
      } else {
        loads.add(new DocumentLoad(d.documentId(), "completed", List.of("mem-" + d.documentId())));
      }
    }
    FakeSynap fake = new FakeSynap(synapSide, dropped, 0.0, 1L);
    VerificationResult r =
        verify(fake, new InMemoryLoadJournal(loads), new VerifyOptions(10, 0.9, 0.9, 4, 42L));

    double share = dropped.size() / 600.0;
    assertThat(share).isBetween(0.15, 0.25);
    assertThat(r.summary().recall().mean()).isBetween(1 - share - 0.08, 1 - share + 0.08);
    assertThat(r.summary().knownItem().mean()).isBetween(1 - share - 0.08, 1 - share + 0.08);
    assertThat(r.leaks()).isEmpty();
    assertThat(r.summary().attributionMethods().get("journal")).isEqualTo(r.summary().items());
    assertThat(
            r.coverage().uncovered().stream()
                .map(DocumentLoad::documentId)
                .collect(Collectors.toSet()))
        .isEqualTo(dropped);
    assertThat(r.coverage().notLoaded()).isEmpty();
    assertThat(r.coverage().covered()).isEqualTo(600 - dropped.size());
    assertThat(r.gate().passed()).isFalse();
    assertThat(r.gate().reasons())
        .anyMatch(s -> s.startsWith("recall@10 0.") && s.contains("--min-recall 0.900"));
  }
}
