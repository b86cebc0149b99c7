package dev.synap.preflight.verifier.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text already run through the analyzer: its terms and position increments, in order, replayed
 * into the index by {@link #stream()}. Analysis is the largest share of an index build, so the
 * builder does it on the thread that reads the export while the writer thread indexes (see {@link
 * AnalyzingFeed}); the index is term for term the one the analyzer would have made.
 */
final class AnalyzedText {
  private char[] chars = new char[256];
  private int[] ends = new int[32];
  private int[] increments = new int[32];
  private int size;
  private int length;

  private AnalyzedText() {}

  /** Analyzes {@code text} as the index's {@code field} with {@code analyzer}. */
  static AnalyzedText of(Analyzer analyzer, String field, String text) {
    AnalyzedText out = new AnalyzedText();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.buffer(), term.length(), increment.getPositionIncrement());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing a string cannot do I/O", e);
    }
    return out;
  }

  private void add(char[] term, int termLength, int increment) {
    if (length + termLength > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + termLength));
    }
    System.arraycopy(term, 0, chars, length, termLength);
    length += termLength;
    if (size == ends.length) {
      ends = Arrays.copyOf(ends, size * 2);
      increments = Arrays.copyOf(increments, size * 2);
    }
    ends[size] = length;
    increments[size] = increment;
    size++;
  }

  /** How many tokens. */
  int size() {
    return size;
  }

  /** The tokens again, for one indexed field (a new stream each call). */
  TokenStream stream() {
    return new Replay();
  }

  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private int next;

    @Override
    public boolean incrementToken() {
      if (next == size) {
        return false;
      }
      clearAttributes();
      int start = next == 0 ? 0 : ends[next - 1];
      term.copyBuffer(chars, start, ends[next] - start);
      increment.setPositionIncrement(increments[next]);
      next++;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
