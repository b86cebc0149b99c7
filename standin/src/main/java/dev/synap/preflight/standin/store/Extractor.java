package dev.synap.preflight.standin.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document into memories the way Synap's pipeline does in spirit: a chat or transcript
 * gives one memory per speaker turn, any other text one per sentence. Each memory gets a type from
 * simple cue words, so retrieval returns extracted items, never whole documents. Deterministic.
 */
public final class Extractor {
  private static final Pattern TURN =
      Pattern.compile("^\\s*([\\p{L}][\\p{L}\\p{N} ._'-]{0,39}):\\s+(\\S.*)$");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\S)");
  private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
  private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> PREFERENCE =
      Set.of(
          "prefer",
          "prefers",
          "favorite",
          "favourite",
          "like",
          "likes",
          "love",
          "loves",
          "enjoy",
          "enjoys",
          "hate",
          "hates",
          "dislike",
          "dislikes");
  private static final Set<String> EMOTION =
      Set.of(
          "happy",
          "sad",
          "angry",
          "excited",
          "anxious",
          "worried",
          "frustrated",
          "upset",
          "glad",
          "nervous");
  private static final Set<String> EPISODE =
      Set.of("yesterday", "went", "visited", "met", "attended", "traveled", "travelled", "ago");

  /** A memory before it has an id. */
  public record Draft(
      String content, String memoryType, double confidence, String category, String eventDate) {}

  private Extractor() {}

  /** The memories of one document, in document order. */
  public static List<Draft> extract(String text, String documentType) {
    List<String> pieces = null;
    if ("ai-chat-conversation".equals(documentType) || "meeting-transcript".equals(documentType)) {
      pieces = turns(text);
    }
    if (pieces == null || pieces.isEmpty()) {
      pieces = sentences(text);
    }
    List<Draft> drafts = new ArrayList<>(pieces.size());
    for (String piece : pieces) {
      drafts.add(classify(piece));
    }
    return drafts;
  }

  static List<String> turns(String text) {
    List<String> turns = new ArrayList<>();
    StringBuilder current = null;
    for (String line : text.split("\\R")) {
      if (TURN.matcher(line).matches()) {
        addIfMeaningful(turns, current);
        current = new StringBuilder(line.strip());
      } else if (current != null && !line.isBlank()) {
        current.append(' ').append(line.strip());
      }
    }
    addIfMeaningful(turns, current);
    return turns;
  }

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      for (String sentence : SENTENCE_END.split(line)) {
        addIfMeaningful(out, new StringBuilder(sentence.strip()));
      }
    }
    return out;
  }

  private static void addIfMeaningful(List<String> out, StringBuilder piece) {
    if (piece != null && piece.codePoints().anyMatch(Character::isLetterOrDigit)) {
      out.add(piece.toString());
    }
  }

  private static Draft classify(String content) {
    double confidence = (70 + Math.floorMod(content.hashCode(), 31)) / 100.0;
    Matcher date = DATE.matcher(content);
    if (date.find()) {
      return new Draft(
          content, "temporal_event", confidence, "event", date.group(1) + "T00:00:00+00:00");
    }
    Set<String> words =
        new LinkedHashSet<>(Arrays.asList(WORD.split(content.toLowerCase(Locale.ROOT))));
    for (String w : words) {
      if (EMOTION.contains(w)) {
        return new Draft(content, "emotion", confidence, w, null);
      }
    }
    if (words.contains("feel") || words.contains("feels") || words.contains("feeling")) {
      return new Draft(content, "emotion", confidence, "feeling", null);
    }
    if (words.stream().anyMatch(PREFERENCE::contains)) {
      return new Draft(content, "preference", confidence, "general", null);
    }
    if (words.stream().anyMatch(EPISODE::contains)) {
      return new Draft(content, "episode", confidence, "event", null);
    }
    return new Draft(content, "fact", confidence, "general", null);
  }
}
