package dev.synap.preflight.verifier.run;

import dev.synap.preflight.verifier.index.BaselineIndex;
import dev.synap.preflight.verifier.index.Hit;
import dev.synap.preflight.verifier.index.IndexedDocument;
import dev.synap.preflight.verifier.replay.ContextFetcher;
import dev.synap.preflight.verifier.replay.FetchedItem;
import dev.synap.preflight.verifier.scope.QueryScope;
import dev.synap.preflight.verifier.scope.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory stand-in behind the {@link ContextFetcher} seam: it ranks with its own BM25 index of
 * the same documents (so a faithful fake answers like the baseline) and, like vector search, fills
 * the answer up to {@code maxResults} with other visible documents; it returns each document as one
 * item {@code mem-<id>} with the document's text, never returns {@code dropped} documents, and
 * replaces each item with one of a document the scope may not see with probability {@code
 * leakRate}. Decisions are seeded per query, so runs are reproducible whatever the thread order.
 * Injected leaks are recorded as {@code query text → item ids}.
 */
final class FakeSynap implements ContextFetcher {
  private final BaselineIndex index;
  private final List<IndexedDocument> all = new ArrayList<>();
  private final Set<String> dropped;
  private final double leakRate;
  private final long seed;
  final Map<String, Set<String>> injected = new ConcurrentHashMap<>();

  FakeSynap(BaselineIndex index, Set<String> dropped, double leakRate, long seed) {
    this.index = index;
    this.dropped = Set.copyOf(dropped);
    this.leakRate = leakRate;
    this.seed = seed;
    index.forEach(all::add);
  }

  @Override
  public List<FetchedItem> fetch(QueryScope scope, String query, int maxResults) {
    Random random = new Random(seed * 31 + query.hashCode() * 17L + scope.hashCode());
    List<String> ranked = new ArrayList<>();
    for (Hit h : index.search(scope, query, maxResults + dropped.size())) {
      ranked.add(h.documentId());
    }
    for (IndexedDocument d : all) {
      if (Visibility.visible(scope, d.scope()) && !ranked.contains(d.documentId())) {
        ranked.add(d.documentId());
      }
    }
    List<FetchedItem> items = new ArrayList<>();
    for (String id : ranked) {
      if (items.size() == maxResults) {
        break;
      }
      if (dropped.contains(id)) {
        continue;
      }
      IndexedDocument doc = index.document(id).orElseThrow();
      if (random.nextDouble() < leakRate) {
        doc = invisibleTo(scope, random);
        injected
            .computeIfAbsent(query, q -> ConcurrentHashMap.newKeySet())
            .add("mem-" + doc.documentId());
      }
      items.add(new FetchedItem("mem-" + doc.documentId(), "facts", doc.text(), null, Map.of()));
    }
    return items;
  }

  private IndexedDocument invisibleTo(QueryScope scope, Random random) {
    while (true) {
      IndexedDocument d = all.get(random.nextInt(all.size()));
      if (!Visibility.visible(scope, d.scope())) {
        return d;
      }
    }
  }
}
