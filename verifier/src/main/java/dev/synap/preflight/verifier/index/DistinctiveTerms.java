package dev.synap.preflight.verifier.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A document's most distinctive terms by TF-IDF against the whole export: {@code tf × ln(N / df)},
 * ties by term. Each term is given as it first appears in the text (lower-cased), not stemmed, so
 * the query reads like words a user would type. Terms shorter than 3 characters are left out.
 */
final class DistinctiveTerms {
  private DistinctiveTerms() {}

  static List<String> of(BaselineIndex index, String text, int n) {
    Map<String, Integer> tf = new LinkedHashMap<>();
    Map<String, String> surface = new HashMap<>();
    try (TokenStream ts = index.analyzer().tokenStream(IndexFields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (t.length() < 3) {
          continue;
        }
        tf.merge(t, 1, Integer::sum);
        surface.putIfAbsent(
            t, text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing a string cannot do I/O", e);
    }
    double docs = Math.max(1, index.documentCount());
    record Scored(String term, double score) {}
    List<Scored> scored = new ArrayList<>();
    tf.forEach(
        (t, f) -> scored.add(new Scored(t, f * Math.log(docs / Math.max(1, index.docFreq(t))))));
    scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::term));
    List<String> out = new ArrayList<>();
    for (Scored s : scored) {
      String word = surface.get(s.term());
      if (!out.contains(word)) {
        out.add(word);
      }
      if (out.size() == n) {
        break;
      }
    }
    return out;
  }
}
