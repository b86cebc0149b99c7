package dev.synap.preflight.reports.model.verify;

import java.util.List;

/**
 * IR metrics of the labelled queries (those with {@code expected_document_ids} whose fetch
 * succeeded), for Synap and the BM25 baseline, equal to trec_eval's on the files written with the
 * report: {@code trec_eval -c -m success.1,5,K -m recall.K -m recip_rank -m ndcg_cut.K
 * labelled.qrels synap.run} (and {@code baseline.run}).
 *
 * @param k the cut-off
 * @param permutations permutations of each paired randomization test
 * @param qrels the qrels file the metrics are over ({@code labelled.qrels})
 * @param groups all labelled queries first ({@code tag} null), then one group per tag
 */
public record Retrieval(int k, int permutations, String qrels, List<RetrievalGroup> groups) {
  public Retrieval {
    groups = Lists.copy(groups);
  }

  /** The trec_eval command that prints these numbers for {@code runFile}. */
  public String trecEvalCommand(String runFile) {
    String cuts = k == 1 || k == 5 ? "1,5" : "1,5," + k;
    return "trec_eval -c -m success."
        + cuts
        + " -m recall."
        + k
        + " -m recip_rank -m ndcg_cut."
        + k
        + " "
        + qrels
        + " "
        + runFile;
  }
}
