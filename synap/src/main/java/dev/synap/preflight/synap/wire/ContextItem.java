package dev.synap.preflight.synap.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * One retrieved item, of any of the five lists. The service sends a generic item whose keys vary by
 * list (a fact has {@code content} and {@code confidence}; an episode {@code summary} and {@code
 * significance}; an emotion {@code context} and {@code intensity}; a preference {@code strength});
 * every key is kept and {@link #text()} / {@link #score()} pick the one that is there.
 *
 * @param id the item id (possibly a memory id usable with {@code get}; unverified)
 * @param content text of facts, preferences and temporal events
 * @param summary text of episodes
 * @param context text of emotions
 * @param confidence confidence; the words explicit / inferred / assumed read as 1.0 / 0.75 / 0.5
 * @param strength preference strength
 * @param significance episode significance
 * @param intensity emotion intensity
 * @param category preference category
 * @param emotionType emotion category
 * @param source the service's {@code source} string (meaning undocumented)
 * @param sourceEvidence the service's {@code source_evidence} list (meaning undocumented)
 * @param extractedAt extraction time as sent
 * @param occurredAt episode time as sent
 * @param detectedAt emotion time as sent
 * @param eventDate temporal event date as sent
 * @param validUntil end of validity as sent
 * @param temporalCategory {@code perpetual}, {@code temporal_fact} or {@code episode}
 * @param temporalConfidence temporal confidence
 * @param participants episode participants
 * @param scope scope label, when the service sends one
 * @param relevanceScore relevance score, when the service sends one
 * @param metadata the item's metadata object, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContextItem(
    String id,
    String content,
    String summary,
    String context,
    @JsonDeserialize(using = Confidence.class) Double confidence,
    @JsonDeserialize(using = Confidence.class) Double strength,
    @JsonDeserialize(using = Confidence.class) Double significance,
    @JsonDeserialize(using = Confidence.class) Double intensity,
    String category,
    String emotionType,
    String source,
    List<String> sourceEvidence,
    String extractedAt,
    String occurredAt,
    String detectedAt,
    String eventDate,
    String validUntil,
    String temporalCategory,
    Double temporalConfidence,
    List<String> participants,
    String scope,
    Double relevanceScore,
    JsonNode metadata) {

  /** The item's text: content, else summary, else context; null when none is present. */
  public String text() {
    if (content != null) {
      return content;
    }
    return summary != null ? summary : context;
  }

  /** The item's confidence-like score: confidence, strength, significance or intensity. */
  public Double score() {
    if (confidence != null) {
      return confidence;
    }
    if (strength != null) {
      return strength;
    }
    return significance != null ? significance : intensity;
  }
}
