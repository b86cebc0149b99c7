package dev.synap.preflight.standin.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Okapi BM25 over a candidate list built per query. Several queries are merged by each item's best
 * score (the service merges, dedupes and re-ranks multiple queries). Items matching no query term
 * are left out.
 *
 * @param <T> the item type
 */
public final class Bm25Ranker<T> {
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private final List<T> items;
  private final Function<T, String> id;
  private final List<Map<String, Integer>> termFreqs = new ArrayList<>();
  private final List<Integer> lengths = new ArrayList<>();
  private final Map<String, Integer> docFreq = new HashMap<>();
  private double avgLength;

  public Bm25Ranker(List<T> items, Function<T, String> text, Function<T, String> id) {
    this.items = List.copyOf(items);
    this.id = id;
    long total = 0;
    for (T item : this.items) {
      Map<String, Integer> tf = new HashMap<>();
      List<String> tokens = Tokenizer.tokens(text.apply(item));
      tokens.forEach(t -> tf.merge(t, 1, Integer::sum));
      tf.keySet().forEach(t -> docFreq.merge(t, 1, Integer::sum));
      termFreqs.add(tf);
      lengths.add(tokens.size());
      total += tokens.size();
    }
    avgLength = this.items.isEmpty() ? 0 : (double) total / this.items.size();
  }

  /** A scored item. */
  public record Hit<T>(T item, double score) {}

  /** The items matching any query, best first, ties by id. */
  public List<Hit<T>> rank(List<String> queries) {
    double[] best = new double[items.size()];
    for (String query : queries) {
      List<String> terms = Tokenizer.tokens(query);
      for (int i = 0; i < items.size(); i++) {
        best[i] = Math.max(best[i], score(i, terms));
      }
    }
    List<Hit<T>> hits = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (best[i] > 0) {
        hits.add(new Hit<>(items.get(i), best[i]));
      }
    }
    hits.sort(
        Comparator.comparingDouble((Hit<T> h) -> -h.score())
            .thenComparing(h -> id.apply(h.item())));
    return hits;
  }

  private double score(int doc, List<String> terms) {
    Map<String, Integer> tf = termFreqs.get(doc);
    double norm = K1 * (1 - B + B * lengths.get(doc) / Math.max(avgLength, 1e-9));
    double sum = 0;
    for (String term : terms) {
      Integer f = tf.get(term);
      if (f != null) {
        int df = docFreq.get(term);
        double idf = Math.log(1 + (items.size() - df + 0.5) / (df + 0.5));
        sum += idf * f * (K1 + 1) / (f + norm);
      }
    }
    return sum;
  }
}
