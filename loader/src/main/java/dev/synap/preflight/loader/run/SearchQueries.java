package dev.synap.preflight.loader.run;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The queries rollback searches a document's scope with: its sentences (long ones cut), at most
 * {@link #MAX} of them, so each search is about one thing the document said.
 */
final class SearchQueries {
  /** Most queries per document. */
  static final int MAX = 24;

  private static final int LONGEST = 300;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;:])\\s+|\\R+");

  private SearchQueries() {}

  /** The queries for {@code text}; empty when it has no words. */
  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String part : SENTENCE_END.split(text)) {
      String s = part.strip();
      while (!s.isEmpty() && out.size() < MAX) {
        int cut = Math.min(LONGEST, s.length());
        if (cut < s.length() && Character.isHighSurrogate(s.charAt(cut - 1))) {
          cut--;
        }
        String piece = s.substring(0, cut).strip();
        if (piece.codePoints().anyMatch(Character::isLetterOrDigit) && !out.contains(piece)) {
          out.add(piece);
        }
        s = s.substring(cut).strip();
      }
    }
    return out;
  }
}
