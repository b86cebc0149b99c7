package dev.synap.preflight.verifier.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The replayed tokens are exactly the analyzer's: terms and position increments, in order. */
class AnalyzedTextTest {
  private static final String TEXT =
      "The customer's invoices were REFUNDED to the café in Zürich, and then to the 東京 office:"
          + " refund, refunds, refunding! "
          + "x".repeat(300)
          + " and a long tail of words to grow the buffers well past their first size. ".repeat(8);

  @ParameterizedTest
  @ValueSource(strings = {"english", "standard"})
  void replaysWhatTheAnalyzerProduced(String name) throws IOException {
    Analyzer analyzer = Analyzers.create(name);
    List<String> expected = tokens(analyzer.tokenStream(IndexFields.TEXT, TEXT));
    AnalyzedText analyzed = AnalyzedText.of(analyzer, IndexFields.TEXT, TEXT);
    assertThat(analyzed.size()).isEqualTo(expected.size());
    assertThat(tokens(analyzed.stream())).isEqualTo(expected);
    assertThat(tokens(analyzed.stream())).as("a second stream replays again").isEqualTo(expected);
    if (name.equals("english")) {
      assertThat(expected).contains("refund+1", "invoic+1").anyMatch(t -> t.endsWith("+2"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "the and of", "   "})
  void textWithoutTermsReplaysNothing(String text) throws IOException {
    AnalyzedText analyzed = AnalyzedText.of(Analyzers.create("english"), IndexFields.TEXT, text);
    assertThat(analyzed.size()).isZero();
    assertThat(tokens(analyzed.stream())).isEmpty();
  }

  /** Each token as {@code term+increment}. */
  private static List<String> tokens(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    try (ts) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "+" + inc.getPositionIncrement());
      }
      ts.end();
    }
    return out;
  }
}
