package dev.synap.preflight.synap.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The five item lists of a context answer (the {@code context} object). Missing lists are empty.
 *
 * @param facts facts
 * @param preferences preferences
 * @param episodes episodes
 * @param emotions emotions
 * @param temporalEvents temporal events
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContextLists(
    List<ContextItem> facts,
    List<ContextItem> preferences,
    List<ContextItem> episodes,
    List<ContextItem> emotions,
    List<ContextItem> temporalEvents) {

  /** No items at all. */
  public static final ContextLists EMPTY = new ContextLists(null, null, null, null, null);

  /** Replaces missing lists with empty ones (null elements are dropped). */
  public ContextLists {
    facts = clean(facts);
    preferences = clean(preferences);
    episodes = clean(episodes);
    emotions = clean(emotions);
    temporalEvents = clean(temporalEvents);
  }

  /** Every item, in list order: facts, preferences, episodes, emotions, temporal events. */
  public List<ContextItem> all() {
    List<ContextItem> all = new ArrayList<>(size());
    all.addAll(facts);
    all.addAll(preferences);
    all.addAll(episodes);
    all.addAll(emotions);
    all.addAll(temporalEvents);
    return Collections.unmodifiableList(all);
  }

  /** The number of items in all five lists. */
  public int size() {
    return facts.size()
        + preferences.size()
        + episodes.size()
        + emotions.size()
        + temporalEvents.size();
  }

  private static List<ContextItem> clean(List<ContextItem> items) {
    if (items == null) {
      return List.of();
    }
    List<ContextItem> kept = new ArrayList<>(items.size());
    for (ContextItem item : items) {
      if (item != null) {
        kept.add(item);
      }
    }
    return List.copyOf(kept);
  }
}
