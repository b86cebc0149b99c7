package dev.synap.preflight.verifier.replay;

import java.util.Map;

/**
 * One item a Synap fetch returned, flattened over the context types.
 *
 * @param id the item id (believed to be a memory id; synap-api.md §4.5)
 * @param type the context list it came from ({@code facts}, {@code preferences}, ...)
 * @param content the item text
 * @param score a relevance score when the service gave one, else null
 * @param metadata the item's metadata rendered as text values (may be empty)
 */
public record FetchedItem(
    String id, String type, String content, Double score, Map<String, String> metadata) {
  public FetchedItem {
    content = content == null ? "" : content;
    metadata = Map.copyOf(metadata);
  }
}
