package dev.synap.preflight.verifier.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.synap.preflight.rules.config.Instance;
import dev.synap.preflight.rules.model.MemoryDocument;
import dev.synap.preflight.verifier.TestCorpus;
import dev.synap.preflight.verifier.attribution.Attributor;
import dev.synap.preflight.verifier.attribution.ContentAttributor;
import dev.synap.preflight.verifier.attribution.MemorySourceLookup;
import dev.synap.preflight.verifier.index.BaselineIndex;
import dev.synap.preflight.verifier.index.IndexSettings;
import dev.synap.preflight.verifier.ir.IrGroup;
import dev.synap.preflight.verifier.ir.IrMetric;
import dev.synap.preflight.verifier.ir.MiniTrecEval;
import dev.synap.preflight.verifier.query.Sampler;
import dev.synap.preflight.verifier.query.VerifyQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole verification with labelled queries (several relevant documents each, tags) against a fake
 * Synap that lost 20% of the documents: the report's IR metrics for both runs equal what
 * trec_eval's definitions ({@link MiniTrecEval}) give on the labelled.qrels, synap.run and
 * baseline.run the verifier wrote, to 4 decimals (per-tag groups are the same computation over
 * fewer queries).
 */
class TrecEvalAgreementTest {
  @TempDir Path dir;

  @Test
  void theReportsIrMetricsAreTrecEvalsOnTheWrittenFiles() throws Exception {
    IndexSettings settings = IndexSettings.defaults(Instance.B2B);
    List<MemoryDocument> docs = TestCorpus.generated(400, new Random(21));
    try (BaselineIndex baseline = TestCorpus.of(dir.resolve("b"), docs, settings, "d".repeat(64));
        BaselineIndex synapSide = TestCorpus.of(dir.resolve("s"), docs, settings, "d".repeat(64))) {
      Random random = new Random(3);
      List<VerifyQuery> queries = new ArrayList<>();
      for (VerifyQuery q : new Sampler(baseline, 5).sample(150, 42L)) {
        List<String> relevant = new ArrayList<>(q.expectedDocumentIds());
        for (int i = random.nextInt(3); i > 0; i--) {
          relevant.add(docs.get(random.nextInt(docs.size())).documentId());
        }
        String tag = random.nextBoolean() ? "temporal" : "multi-hop";
        queries.add(
            new VerifyQuery(q.id(), q.text(), q.scope(), relevant, false, List.of(tag), null));
      }
      Set<String> dropped = new HashSet<>();
      for (MemoryDocument d : docs) {
        if (random.nextInt(5) == 0) {
          dropped.add(d.documentId());
        }
      }
      Attributor attributor =
          new Attributor(null, MemorySourceLookup.none(), ContentAttributor.withDefaults(baseline));
      VerificationResult r =
          new Verifier(
                  baseline,
                  "d".repeat(64),
                  attributor,
                  null,
                  new VerifyOptions(10, 0, 0, 4, 42L),
                  System::nanoTime)
              .verify(queries, new FakeSynap(synapSide, dropped, 0.0, 1L));
      Path trec = dir.resolve("trec");
      TrecFiles.write(r, trec);

      assertThat(r.retrieval().groups())
          .extracting(IrGroup::tag)
          .containsExactly(null, "multi-hop", "temporal");
      IrGroup all = r.retrieval().groups().get(0);
      assertThat(all.queries()).isEqualTo(150);
      Map<String, Double> synap =
          MiniTrecEval.evaluate(trec.resolve("labelled.qrels"), trec.resolve("synap.run"), 10);
      Map<String, Double> bm25 =
          MiniTrecEval.evaluate(trec.resolve("labelled.qrels"), trec.resolve("baseline.run"), 10);
      for (IrMetric m : all.metrics()) {
        assertThat(four(m.synap().mean()))
            .as("synap " + m.id())
            .isEqualTo(four(synap.get(m.trecEval())));
        assertThat(m.synap().mean()).isCloseTo(synap.get(m.trecEval()), within(1e-9));
        assertThat(four(m.baseline().mean()))
            .as("bm25 " + m.id())
            .isEqualTo(four(bm25.get(m.trecEval())));
        assertThat(m.difference())
            .isCloseTo(synap.get(m.trecEval()) - bm25.get(m.trecEval()), within(1e-9));
      }
      // the loss shows: Synap below the baseline on recall, and significantly so
      IrMetric recall = all.metrics().get(3);
      assertThat(recall.id()).isEqualTo("recall@10");
      assertThat(recall.difference()).isNegative();
      assertThat(recall.pValue()).isLessThan(0.01);
    }
  }

  private static String four(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }
}
