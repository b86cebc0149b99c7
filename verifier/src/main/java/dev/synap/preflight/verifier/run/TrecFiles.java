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
 *   <li>{@code known-items.qrels}: the expected documents of known-item queries;
 *   <li>{@code labelled.qrels}: the same for the queries the IR metrics count (fetch succeeded), so
 *       that {@code trec_eval -c -m success.1,5,10 -m recall.10 -m recip_rank -m ndcg_cut.10
 *       labelled.qrels synap.run} (or {@code baseline.run}) prints the report's numbers.
 * </ul>
 */
public final class TrecFiles {
  /** The qrels of the IR metrics: labelled queries whose fetch succeeded. */
  public static final String LABELLED_QRELS = "labelled.qrels";

  /** Every file {@link #write} writes. */
  public static final List<String> FILES =
      List.of("synap.run", "baseline.run", "baseline.qrels", "known-items.qrels", LABELLED_QRELS);

  private TrecFiles() {}

  public static void write(VerificationResult result, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<RunEntry> baseline = new ArrayList<>();
    List<RunEntry> synap = new ArrayList<>();
    Map<String, List<String>> baselineQrels = new LinkedHashMap<>();
    Map<String, List<String>> knownQrels = new LinkedHashMap<>();
    Map<String, List<String>> labelledQrels = new LinkedHashMap<>();
    int k = result.options().k();
    for (QueryResult r : result.queries()) {
      String qid = r.query().id();
      baseline.addAll(RunEntries.baseline(r));
      synap.addAll(RunEntries.synap(r, k));
      baselineQrels.put(qid, r.baseline().stream().map(Hit::documentId).toList());
      if (r.query().knownItem()) {
        knownQrels.put(qid, r.query().expectedDocumentIds());
      }
      if (RunEntries.labelled(r)) {
        labelledQrels.put(qid, r.query().expectedDocumentIds());
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
    try (Writer w = Files.newBufferedWriter(dir.resolve(LABELLED_QRELS), StandardCharsets.UTF_8)) {
      TrecWriter.writeQrels(w, labelledQrels);
    }
  }
}
