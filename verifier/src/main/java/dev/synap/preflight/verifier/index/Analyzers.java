package dev.synap.preflight.verifier.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** The analyzers {@link IndexSettings#analyzer()} names. */
final class Analyzers {
  private Analyzers() {}

  static Analyzer create(String name) {
    return switch (name) {
      case "english" -> new EnglishAnalyzer();
      case "standard" -> new StandardAnalyzer(CharArraySet.EMPTY_SET);
      default -> throw new IllegalArgumentException("unknown analyzer " + name);
    };
  }
}
