package dev.synap.preflight.verifier.ir;

import java.util.List;

/**
 * One labelled query whose fetch succeeded, with both rankings in trec_eval's order.
 *
 * @param id the topic id
 * @param tags its tags
 * @param relevant its relevant documents
 * @param synap Synap's ranking (attributed documents)
 * @param baseline the BM25 baseline's ranking
 */
public record LabelledQuery(
    String id,
    List<String> tags,
    List<String> relevant,
    List<String> synap,
    List<String> baseline) {
  public LabelledQuery {
    tags = List.copyOf(tags);
    relevant = List.copyOf(relevant);
    synap = List.copyOf(synap);
    baseline = List.copyOf(baseline);
  }
}
