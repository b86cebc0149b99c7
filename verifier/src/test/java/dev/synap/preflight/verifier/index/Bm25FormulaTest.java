package dev.synap.preflight.verifier.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.synap.preflight.verifier.TestCorpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recomputes the baseline's scores from the BM25 formula Lucene 9 uses (idf = ln(1 + (N - n + 0.5)
 * / (n + 0.5)); tf part = f / (f + k1 (1 - b + b dl / avgdl)), no (k1 + 1) factor), with document
 * lengths counted here from the same analyzer. Every document of the tiny corpus is short enough
 * that Lucene's one-byte length norm is exact, so scores agree to 4 decimals.
 */
class Bm25FormulaTest {
  @TempDir Path dir;

  @Test
  void everyScoreOfTheTinyCorpusMatchesTheFormula() throws IOException {
    List<List<String>> docs = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (Analyzer a = new EnglishAnalyzer();
        InputStream in = getClass().getResourceAsStream("/corpus/tiny.jsonl");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      var json = new com.fasterxml.jackson.databind.ObjectMapper();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        var node = json.readTree(line);
        ids.add(node.get("id").asText());
        docs.add(terms(a, node.get("content").asText()));
      }
      try (BaselineIndex index = TestCorpus.tiny(dir)) {
        for (String query :
            List.of("refund policy", "flights", "prefers flights", "refund refund")) {
          List<Hit> hits = index.searchAll(query, 10);
          assertThat(hits).isNotEmpty();
          for (Hit h : hits) {
            int d = ids.indexOf(h.documentId());
            assertThat((double) h.score())
                .as("%s / %s", query, h.documentId())
                .isCloseTo(bm25(terms(a, query), docs, d, 0.9, 0.4), within(5e-5));
          }
        }
      }
    }
  }

  private static double bm25(
      List<String> query, List<List<String>> docs, int d, double k1, double b) {
    double avgdl = docs.stream().mapToInt(List::size).average().orElseThrow();
    Map<String, Integer> qtf = new HashMap<>();
    query.forEach(t -> qtf.merge(t, 1, Integer::sum));
    double score = 0;
    for (Map.Entry<String, Integer> q : qtf.entrySet()) {
      long n = docs.stream().filter(doc -> doc.contains(q.getKey())).count();
      long f = docs.get(d).stream().filter(q.getKey()::equals).count();
      if (f == 0) {
        continue;
      }
      double idf = Math.log(1 + (docs.size() - n + 0.5) / (n + 0.5));
      double norm = k1 * (1 - b + b * docs.get(d).size() / avgdl);
      score += q.getValue() * idf * f / (f + norm);
    }
    return score;
  }

  private static List<String> terms(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("text", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    }
    return out;
  }
}
