package dev.synap.preflight.verifier.run;

import dev.synap.preflight.verifier.index.Hit;
import dev.synap.preflight.verifier.trec.RunEntry;
import dev.synap.preflight.verifier.trec.TrecWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TREC files of a run, written into a directory:
 *
 * <ul>
 *   <li>{@code baseline.run}: the baseline's top k, BM25 scores, tag {@code bm25};
 *   <li>{@code synap.run}: Synap's items mapped to their attributed documents (first occurrence of
 *       a document only; unattributed items left out), score {@code k - rank + 1} as Synap's own
 *       scores are not reliably present, tag {@code synap};
 *   <li>{@code baseline.qrels}: the baseline's top k as relevant (so {@code trec_eval -m recall.k
 *       synap.run} on it reproduces recall@k);
 *   <li>{@code known-items.qrels}: the expected documents of known-item queries.
 * </ul>
 */
public final class TrecFiles {
  private TrecFiles() {}

  public static void write(VerificationResult result, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<RunEntry> baseline = new ArrayList<>();
    List<RunEntry> synap = new ArrayList<>();
    Map<String, List<String>> baselineQrels = new LinkedHashMap<>();
    Map<String, List<String>> knownQrels = new LinkedHashMap<>();
    int k = result.options().k();
    for (QueryResult r : result.queries()) {
      String qid = r.query().id();
      for (Hit h : r.baseline()) {
        baseline.add(new RunEntry(qid, h.documentId(), h.rank(), h.score()));
      }
      List<String> ranking = r.synapRanking();
      for (int i = 0; i < ranking.size() && i < k; i++) {
        synap.add(new RunEntry(qid, ranking.get(i), i + 1, k - i));
      }
      baselineQrels.put(qid, r.baseline().stream().map(Hit::documentId).toList());
      if (r.query().knownItem()) {
        knownQrels.put(qid, r.query().expectedDocumentIds());
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("baseline.run"), StandardCharsets.UTF_8)) {
      TrecWriter.writeRun(w, baseline, "bm25");
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("synap.run"), StandardCharsets.UTF_8)) {
      TrecWriter.writeRun(w, synap, "synap");
    }
    try (Writer w =
        Files.newBufferedWriter(dir.resolve("baseline.qrels"), StandardCharsets.UTF_8)) {
      TrecWriter.writeQrels(w, baselineQrels);
    }
    try (Writer w =
        Files.newBufferedWriter(dir.resolve("known-items.qrels"), StandardCharsets.UTF_8)) {
      TrecWriter.writeQrels(w, knownQrels);
    }
  }
}
