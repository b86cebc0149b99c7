package dev.synap.preflight.verifier.query;

import dev.synap.preflight.verifier.index.BaselineIndex;
import dev.synap.preflight.verifier.index.IndexedDocument;
import dev.synap.preflight.verifier.scope.DocumentScope;
import dev.synap.preflight.verifier.scope.QueryScope;
import dev.synap.preflight.verifier.scope.ScopeLevel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Known-item queries sampled from the export, deterministic for a seed. Documents are grouped by
 * owner (each user, each customer, the client); groups are visited in a seeded random order, round
 * robin, one document per group per round (also chosen at random), so that the sample spreads
 * across users and customers before it takes a second document from anyone. A query is the
 * document's {@code terms} most distinctive words (TF-IDF) asked in the document's own scope,
 * expecting that document. Rejected documents and documents without usable words are skipped.
 */
public final class Sampler {
  private final BaselineIndex index;
  private final int terms;

  /**
   * @param terms words per query (e.g. 5)
   */
  public Sampler(BaselineIndex index, int terms) {
    if (terms < 1) {
      throw new IllegalArgumentException("a query needs at least one word");
    }
    this.index = index;
    this.terms = terms;
  }

  public List<VerifyQuery> sample(int n, long seed) {
    Random random = new Random(seed);
    List<Deque<IndexedDocument>> groups = groups(random);
    List<VerifyQuery> out = new ArrayList<>();
    while (out.size() < n && !groups.isEmpty()) {
      for (var it = groups.iterator(); it.hasNext() && out.size() < n; ) {
        Deque<IndexedDocument> group = it.next();
        IndexedDocument doc = group.poll();
        if (group.isEmpty()) {
          it.remove();
        }
        String text = index.document(doc.documentId()).map(IndexedDocument::text).orElse("");
        List<String> words = index.distinctiveTerms(text, terms);
        if (!words.isEmpty()) {
          out.add(
              new VerifyQuery(
                  String.format(java.util.Locale.ROOT, "s%04d", out.size() + 1),
                  String.join(" ", words),
                  QueryScope.home(doc.scope()),
                  List.of(doc.documentId()),
                  true));
        }
      }
    }
    return out;
  }

  private List<Deque<IndexedDocument>> groups(Random random) {
    Map<String, List<IndexedDocument>> byOwner = new TreeMap<>();
    index.forEach(
        d -> {
          if (d.scope().level() != ScopeLevel.REJECTED) {
            // keep the text out of memory: the sampler re-reads only the documents it picks
            IndexedDocument light =
                new IndexedDocument(d.documentId(), d.scope(), null, null, null);
            byOwner.computeIfAbsent(owner(d.scope()), k -> new ArrayList<>()).add(light);
          }
        });
    List<Deque<IndexedDocument>> groups = new ArrayList<>();
    for (List<IndexedDocument> docs : byOwner.values()) {
      Collections.shuffle(docs, random);
      groups.add(new ArrayDeque<>(docs));
    }
    Collections.shuffle(groups, random);
    return groups;
  }

  private static String owner(DocumentScope s) {
    return switch (s.level()) {
      case USER -> "user:" + s.ownerUser();
      case CUSTOMER -> "customer:" + s.ownerCustomer();
      default -> "client";
    };
  }
}
