package dev.synap.preflight.verifier.ir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An independent, straightforward reading of trec_eval's definitions (usnistgov/trec_eval:
 * form_res_rels.c, m_success.c, m_recall.c, m_recip_rank.c, m_ndcg_cut.c; written from their
 * documented behaviour, not their code) for {@code trec_eval -c -m success.1,5,K -m recall.K -m
 * recip_rank -m ndcg_cut.K QRELS RUN}: it parses the text files, sorts each topic by score
 * (descending, as a double parsed from the text) then docno (descending, byte comparison), refuses
 * duplicate documents, and averages over every topic of the qrels (-c: a topic missing from the run
 * scores 0).
 */
public final class MiniTrecEval {
  private MiniTrecEval() {}

  private record Line(String docno, double score, byte[] bytes) {}

  /** Mean of each measure by trec_eval name ({@code success_1}, ..., {@code ndcg_cut_K}). */
  public static Map<String, Double> evaluate(Path qrels, Path run, int k) throws IOException {
    Map<String, Map<String, Integer>> judged = new LinkedHashMap<>();
    for (String l : Files.readAllLines(qrels, StandardCharsets.UTF_8)) {
      String[] f = l.trim().split("\\s+");
      if (f.length == 4) {
        judged.computeIfAbsent(f[0], q -> new HashMap<>()).put(f[2], Integer.parseInt(f[3]));
      }
    }
    Map<String, List<Line>> runs = new HashMap<>();
    for (String l : Files.readAllLines(run, StandardCharsets.UTF_8)) {
      String[] f = l.trim().split("\\s+");
      if (f.length == 6) {
        runs.computeIfAbsent(f[0], q -> new ArrayList<>())
            .add(new Line(f[2], Double.parseDouble(f[4]), f[2].getBytes(StandardCharsets.UTF_8)));
      }
    }
    int[] cut = java.util.stream.IntStream.of(1, 5, k).distinct().toArray();
    Map<String, Double> sums = new TreeMap<>();
    for (Map.Entry<String, Map<String, Integer>> topic : judged.entrySet()) {
      List<Line> lines = new ArrayList<>(runs.getOrDefault(topic.getKey(), List.of()));
      lines.sort(
          (a, b) -> {
            if (a.score() != b.score()) {
              return a.score() > b.score() ? -1 : 1;
            }
            return Arrays.compareUnsigned(b.bytes(), a.bytes());
          });
      for (int i = 1; i < lines.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (lines.get(i).docno().equals(lines.get(j).docno())) {
            throw new IllegalStateException("trec_eval: duplicate docs " + lines.get(i).docno());
          }
        }
      }
      int numRel = 0;
      for (int rel : topic.getValue().values()) {
        if (rel >= 1) {
          numRel++;
        }
      }
      double[] relAt = new double[lines.size()];
      for (int i = 0; i < lines.size(); i++) {
        relAt[i] = topic.getValue().getOrDefault(lines.get(i).docno(), 0);
      }
      for (int c : cut) {
        double ok = 0;
        for (int i = 0; i < Math.min(c, relAt.length); i++) {
          if (relAt[i] >= 1) {
            ok = 1;
          }
        }
        sums.merge("success_" + c, ok, Double::sum);
      }
      int relRet = 0;
      for (int i = 0; i < Math.min(k, relAt.length); i++) {
        relRet += relAt[i] >= 1 ? 1 : 0;
      }
      sums.merge("recall_" + k, numRel == 0 ? 0 : (double) relRet / numRel, Double::sum);
      double rr = 0;
      for (int i = 0; i < relAt.length; i++) {
        if (relAt[i] >= 1) {
          rr = 1.0 / (i + 1);
          break;
        }
      }
      sums.merge("recip_rank", rr, Double::sum);
      double dcg = 0;
      for (int i = 0; i < Math.min(k, relAt.length); i++) {
        if (relAt[i] > 0) {
          dcg += relAt[i] / (Math.log(i + 2) / Math.log(2));
        }
      }
      double idcg = 0;
      for (int i = 0; i < Math.min(k, numRel); i++) {
        idcg += 1 / (Math.log(i + 2) / Math.log(2));
      }
      sums.merge("ndcg_cut_" + k, idcg > 0 ? dcg / idcg : 0, Double::sum);
    }
    Map<String, Double> means = new TreeMap<>();
    sums.forEach((m, s) -> means.put(m, s / judged.size()));
    return means;
  }
}
