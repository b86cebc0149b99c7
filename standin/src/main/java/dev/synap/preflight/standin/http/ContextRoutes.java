package dev.synap.preflight.standin.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synap.preflight.standin.LeakRecord;
import dev.synap.preflight.standin.search.Bm25Ranker;
import dev.synap.preflight.standin.store.Store;
import dev.synap.preflight.standin.store.StoredMemory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code POST /v1/context/{user,customer,client,conversation}/fetch}: ranks the memories the caller
 * may see and answers with the {@code {"context": {...}}} envelope (synap-api.md §4.3). Without a
 * query the most confident, then newest, memories come first.
 */
final class ContextRoutes {
  private final Store store;
  private final FaultGate gate;
  private final boolean exposeSource;
  private final Consumer<LeakRecord> leaks;

  ContextRoutes(Store store, FaultGate gate, boolean exposeSource, Consumer<LeakRecord> leaks) {
    this.store = store;
    this.gate = gate;
    this.exposeSource = exposeSource;
    this.leaks = leaks;
  }

  JsonNode fetch(String route, JsonNode body, String correlationId) {
    FetchRequest request = FetchRequest.parse(route, body, store.instance());
    List<StoredMemory> visible = new ArrayList<>();
    List<StoredMemory> hidden = new ArrayList<>();
    for (StoredMemory m : store.memories()) {
      if (request.lists().contains(ContextItems.listOf(m))) {
        (request.visibility().sees(m.scope()) ? visible : hidden).add(m);
      }
    }
    List<StoredMemory> chosen = rank(visible, request.queries());
    if (chosen.size() > request.maxResults()) {
      chosen = new ArrayList<>(chosen.subList(0, request.maxResults()));
    }
    if (!hidden.isEmpty() && gate.leak()) {
      StoredMemory leaked = pickLeak(hidden, request.queries());
      if (chosen.size() == request.maxResults()) {
        chosen.remove(chosen.size() - 1);
      }
      chosen.add(leaked);
      leaks.accept(
          new LeakRecord(
              correlationId,
              route,
              leaked.memoryId(),
              leaked.documentId(),
              leaked.scope().describe()));
    }
    return envelope(chosen, "client".equals(route) ? 1800 : 300);
  }

  private static List<StoredMemory> rank(List<StoredMemory> items, List<String> queries) {
    if (queries.isEmpty() || queries.stream().allMatch(String::isBlank)) {
      List<StoredMemory> out = new ArrayList<>(items);
      out.sort(
          Comparator.comparingDouble((StoredMemory m) -> -m.confidence())
              .thenComparing(StoredMemory::createdAt, Comparator.reverseOrder())
              .thenComparing(StoredMemory::memoryId));
      return out;
    }
    return new Bm25Ranker<>(items, StoredMemory::content, StoredMemory::memoryId)
        .rank(queries).stream()
            .map(Bm25Ranker.Hit::item)
            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
  }

  private StoredMemory pickLeak(List<StoredMemory> hidden, List<String> queries) {
    List<StoredMemory> ranked = queries.isEmpty() ? List.of() : rank(hidden, queries);
    if (!ranked.isEmpty()) {
      return ranked.get(0);
    }
    List<StoredMemory> sorted = new ArrayList<>(hidden);
    sorted.sort(Comparator.comparing(StoredMemory::memoryId));
    return sorted.get(gate.pick(sorted.size()));
  }

  private ObjectNode envelope(List<StoredMemory> items, int ttl) {
    ObjectNode out = Json.object();
    ObjectNode context = out.putObject("context");
    for (String list : FetchRequest.LISTS) {
      context.putArray(list);
    }
    for (StoredMemory m : items) {
      ((ArrayNode) context.get(ContextItems.listOf(m))).add(ContextItems.render(m, exposeSource));
    }
    out.put("ttl_seconds", ttl);
    return out;
  }
}
