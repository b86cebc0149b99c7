package dev.synap.preflight.verifier.ir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.synap.preflight.verifier.trec.RunEntry;
import dev.synap.preflight.verifier.trec.TrecWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verifier's means against {@link MiniTrecEval} on the run and qrels files {@link TrecWriter}
 * writes, over seeded random topics: several relevant documents each, rankings shorter and longer
 * than k, empty ones, topics absent from the run, heavy score ties (also ties made by the run
 * file's six decimals), ids that sort differently as text and as numbers.
 */
class TrecEvalDifferentialTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "k={0}, seed={1}")
  @CsvSource({"10, 1", "10, 2", "10, 3", "5, 4", "20, 5", "1, 6"})
  void theMeansEqualTrecEvalsDefinitions(int k, long seed) throws IOException {
    Random random = new Random(seed);
    List<String> pool = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      pool.add("doc-" + i);
    }
    List<RunEntry> run = new ArrayList<>();
    Map<String, List<String>> qrels = new LinkedHashMap<>();
    List<LabelledQuery> labelled = new ArrayList<>();
    for (int q = 0; q < 150; q++) {
      String qid = "q" + q;
      Collections.shuffle(pool, random);
      List<String> relevant = List.copyOf(pool.subList(0, 1 + random.nextInt(6)));
      qrels.put(qid, relevant);
      Collections.shuffle(pool, random);
      int length = random.nextInt(5) == 0 ? 0 : random.nextInt(2 * k + 2);
      List<RunEntry> topic = new ArrayList<>();
      for (int i = 0; i < length; i++) {
        double score = random.nextInt(4) + (random.nextBoolean() ? 0 : 1e-8 * random.nextInt(3));
        topic.add(new RunEntry(qid, pool.get(i), i + 1, score));
      }
      run.addAll(topic);
      labelled.add(new LabelledQuery(qid, List.of(), relevant, TrecOrder.rank(topic), List.of()));
    }
    Path runFile = dir.resolve("synap.run");
    Path qrelsFile = dir.resolve("labelled.qrels");
    try (Writer w = Files.newBufferedWriter(runFile, StandardCharsets.UTF_8)) {
      TrecWriter.writeRun(w, run, "synap");
    }
    try (Writer w = Files.newBufferedWriter(qrelsFile, StandardCharsets.UTF_8)) {
      TrecWriter.writeQrels(w, qrels);
    }
    Map<String, Double> trecEval = MiniTrecEval.evaluate(qrelsFile, runFile, k);
    IrResult ours = new IrEvaluator(k, 42, 100).evaluate(labelled);
    IrGroup all = ours.groups().get(0);
    assertThat(all.queries()).isEqualTo(150);
    for (IrMetric m : all.metrics()) {
      assertThat(trecEval).containsKey(m.trecEval());
      assertThat(m.synap().mean()).as(m.id()).isCloseTo(trecEval.get(m.trecEval()), within(1e-9));
      // and as trec_eval prints it, to 4 decimals
      assertThat(String.format(java.util.Locale.ROOT, "%.4f", m.synap().mean()))
          .isEqualTo(String.format(java.util.Locale.ROOT, "%.4f", trecEval.get(m.trecEval())));
    }
  }
}
