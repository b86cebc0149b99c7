package dev.synap.preflight.verifier.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns free text into a BM25 bag-of-words query: the analyzed terms as SHOULD clauses, a term seen
 * n times boosted n. Free text never fails to parse (no query syntax); at most {@link #MAX_TERMS}
 * distinct terms are used, the first ones met.
 */
final class TextQueries {
  /** Below Lucene's default clause limit (1024), leaving room for the scope filter. */
  static final int MAX_TERMS = 1000;

  private TextQueries() {}

  /** Distinct analyzed terms of {@code text} with their counts, in order of first occurrence. */
  static Map<String, Integer> terms(Analyzer analyzer, String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (TokenStream ts = analyzer.tokenStream(IndexFields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (counts.containsKey(t) || counts.size() < MAX_TERMS) {
          counts.merge(t, 1, Integer::sum);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing a string cannot do I/O", e);
    }
    return counts;
  }

  /** The bag-of-words query, or null when the text has no terms. */
  static Query of(Analyzer analyzer, String text) {
    Map<String, Integer> counts = terms(analyzer, text);
    if (counts.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    counts.forEach(
        (t, n) -> {
          Query q = new TermQuery(new Term(IndexFields.TEXT, t));
          b.add(n == 1 ? q : new BoostQuery(q, n), BooleanClause.Occur.SHOULD);
        });
    return b.build();
  }
}
