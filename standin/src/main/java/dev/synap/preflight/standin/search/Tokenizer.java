package dev.synap.preflight.standin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Lower-cased letter/digit runs without a few English stop words. */
public final class Tokenizer {
  private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> STOP =
      Set.of(
          "a",
          "an",
          "the",
          "and",
          "or",
          "of",
          "to",
          "in",
          "on",
          "is",
          "are",
          "was",
          "i",
          "my",
          "me",
          "you",
          "it",
          "for",
          "with",
          "at",
          "be",
          "do",
          "does",
          "what",
          "user",
          "assistant");

  private Tokenizer() {}

  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (String t : SPLIT.split(text.toLowerCase(Locale.ROOT))) {
      if (!t.isEmpty() && !STOP.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }
}
