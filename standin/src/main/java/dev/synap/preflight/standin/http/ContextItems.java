package dev.synap.preflight.standin.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.standin.store.StoredMemory;

/**
 * Renders a memory as the context item of its list, with the keys the SDK reads (synap-api.md
 * §4.4). The item {@code id} is the memory id. Items carry no reference to their source document
 * unless {@code exposeSource} is on (§4.5: the real API is not known to send one).
 */
final class ContextItems {
  private ContextItems() {}

  /** The list a memory type belongs to. */
  static String listOf(StoredMemory m) {
    return switch (m.memoryType()) {
      case "preference" -> "preferences";
      case "episode" -> "episodes";
      case "emotion" -> "emotions";
      case "temporal_event" -> "temporal_events";
      default -> "facts";
    };
  }

  static ObjectNode render(StoredMemory m, boolean exposeSource) {
    ObjectNode item = Json.object();
    item.put("id", m.memoryId());
    switch (m.memoryType()) {
      case "preference" -> {
        item.put("category", m.category());
        item.put("content", m.content());
        item.put("strength", m.confidence());
        item.put("extracted_at", m.createdAt());
      }
      case "episode" -> {
        item.put("summary", m.content());
        item.put("occurred_at", m.createdAt());
        item.put("significance", m.confidence());
        item.putArray("participants");
      }
      case "emotion" -> {
        item.put("emotion_type", m.category());
        item.put("intensity", m.confidence());
        item.put("detected_at", m.createdAt());
        item.put("context", m.content());
      }
      default -> {
        item.put("content", m.content());
        item.put("confidence", m.confidence());
        item.put("source", "vector");
        item.put("extracted_at", m.createdAt());
      }
    }
    ObjectNode metadata = item.putObject("metadata");
    if (exposeSource) {
      metadata.put("source_document_id", m.documentId());
    }
    boolean temporal = "temporal_event".equals(m.memoryType());
    item.put("event_date", m.eventDate());
    item.putNull("valid_until");
    item.put("temporal_category", temporal ? "temporal_fact" : null);
    item.put("temporal_confidence", temporal ? m.confidence() : 0.0);
    item.putNull("source_evidence");
    return item;
  }
}
