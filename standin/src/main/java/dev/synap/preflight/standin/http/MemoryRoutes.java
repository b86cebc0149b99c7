package dev.synap.preflight.standin.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.standin.Faults;
import dev.synap.preflight.standin.store.DuplicateDocumentException;
import dev.synap.preflight.standin.store.IngestionRecord;
import dev.synap.preflight.standin.store.Intake;
import dev.synap.preflight.standin.store.Store;
import dev.synap.preflight.standin.store.StoredMemory;
import dev.synap.preflight.standin.store.Timestamps;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** create, batch, status, get and delete under the memories prefix (synap-api.md §2, §3). */
final class MemoryRoutes {
  static final int MAX_BATCH = 100;

  private final Store store;
  private final Faults faults;
  private final FaultGate gate;
  private final DocumentParser parser;
  private final Clock clock;

  MemoryRoutes(Store store, Faults faults, FaultGate gate, Clock clock) {
    this.store = store;
    this.faults = faults;
    this.gate = gate;
    this.parser = new DocumentParser(store.instance());
    this.clock = clock;
  }

  JsonNode create(JsonNode body) throws IOException {
    Intake intake = Intake.accepted(parser.parse(body), gate.drop());
    try {
      return ingestion(store.accept(List.of(intake), faults.duplicatePolicy(), true).get(0));
    } catch (DuplicateDocumentException e) {
      throw new ApiException(409, e.getMessage(), Map.of("document_id", e.documentId()));
    }
  }

  JsonNode batch(JsonNode body) throws IOException {
    if (!body.isObject() || !body.path("documents").isArray()) {
      throw new ApiException(422, "documents: field required (a JSON array)");
    }
    JsonNode docs = body.get("documents");
    if (docs.isEmpty()) {
      throw new ApiException(400, "documents: at least one document is required");
    }
    if (docs.size() > MAX_BATCH) {
      throw new ApiException(
          400,
          "batch of " + docs.size() + " documents exceeds the maximum size of " + MAX_BATCH,
          Map.of("max_batch_size", MAX_BATCH, "received", docs.size()));
    }
    boolean failFast = body.path("fail_fast").asBoolean(false);
    List<Intake> intakes = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      JsonNode doc = docs.get(i);
      try {
        intakes.add(Intake.accepted(parser.parse(doc), Intake.Drop.NONE));
      } catch (ApiException e) {
        if (failFast) {
          throw new ApiException(
              e.status(), "documents[" + i + "]: " + e.getMessage(), Map.of("index", i));
        }
        String clientId = doc != null && doc.isObject() ? Json.text(doc, "document_id") : null;
        intakes.add(Intake.rejected(e.getMessage(), clientId));
      }
    }
    for (int i = 0; i < intakes.size(); i++) {
      Intake in = intakes.get(i);
      if (in.submission() != null) {
        intakes.set(i, Intake.accepted(in.submission(), gate.drop()));
      }
    }
    List<IngestionRecord> records = store.accept(intakes, faults.duplicatePolicy(), false);
    return batchResponse(records);
  }

  private static JsonNode batchResponse(List<IngestionRecord> records) {
    ObjectNode out = Json.object();
    out.put("batch_id", UUID.randomUUID().toString());
    long failed = records.stream().filter(r -> IngestionRecord.FAILED.equals(r.status())).count();
    out.put("total", records.size());
    out.put("succeeded", records.size() - failed);
    out.put("failed", failed);
    ArrayNode results = out.putArray("results");
    records.forEach(r -> results.add(ingestion(r)));
    return out;
  }

  private static ObjectNode ingestion(IngestionRecord r) {
    ObjectNode out = Json.object();
    out.put("ingestion_id", r.ingestionId());
    out.put("document_id", r.documentId());
    out.put("status", r.status());
    out.put("queued_at", r.queuedAt());
    if (r.errorMessage() != null) {
      out.put("error_message", r.errorMessage());
    }
    return out;
  }

  JsonNode status(String ingestionId) {
    IngestionRecord r =
        store
            .ingestion(ingestionId)
            .orElseThrow(() -> notFound("ingestion", "ingestion_id", ingestionId));
    ObjectNode out = Json.object();
    out.put("ingestion_id", r.ingestionId());
    out.put("document_id", r.documentId());
    out.put("status", r.status());
    out.put("queued_at", r.queuedAt());
    out.put("started_at", r.startedAt());
    out.put("completed_at", r.completedAt());
    out.put("memories_created", r.memoryIds().size());
    ArrayNode ids = out.putArray("memory_ids");
    r.memoryIds().forEach(ids::add);
    out.put("error_message", r.errorMessage());
    return out;
  }

  JsonNode get(String memoryId) {
    StoredMemory m =
        store.memory(memoryId).orElseThrow(() -> notFound("memory", "memory_id", memoryId));
    ObjectNode out = Json.object();
    out.put("memory_id", m.memoryId());
    out.put("memory_type", m.memoryType());
    out.put("content", m.content());
    out.put("confidence", m.confidence());
    out.put("category", m.category());
    out.putNull("subcategory");
    out.put("created_at", m.createdAt());
    out.putNull("updated_at");
    out.put("source_document_id", m.documentId());
    return out;
  }

  JsonNode delete(String memoryId) throws IOException {
    if (!store.delete(memoryId)) {
      throw notFound("memory", "memory_id", memoryId);
    }
    ObjectNode out = Json.object();
    out.put("memory_id", memoryId);
    out.put("deleted_at", Timestamps.now(clock));
    return out;
  }

  private static ApiException notFound(String what, String field, String id) {
    return new ApiException(404, what + " not found: " + id, Map.of(field, id));
  }
}
