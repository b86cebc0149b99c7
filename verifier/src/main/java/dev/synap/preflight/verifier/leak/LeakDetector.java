package dev.synap.preflight.verifier.leak;

import dev.synap.preflight.verifier.attribution.Attribution;
import dev.synap.preflight.verifier.index.BaselineIndex;
import dev.synap.preflight.verifier.index.IndexedDocument;
import dev.synap.preflight.verifier.replay.FetchedItem;
import dev.synap.preflight.verifier.scope.QueryScope;
import dev.synap.preflight.verifier.scope.Visibility;
import java.util.Optional;

/**
 * Checks attributed items against the scope model. Only attributed items are judged: an item the
 * verifier could not tie to one document (or tied to a document not in the export) is reported as
 * unattributed, never as a leak, so that a leak is always backed by evidence.
 */
public final class LeakDetector {
  private final BaselineIndex index;

  public LeakDetector(BaselineIndex index) {
    this.index = index;
  }

  /** The leak, if {@code item} (attributed as {@code a}) must not be visible to {@code scope}. */
  public Optional<ScopeLeak> check(
      String queryId, QueryScope scope, FetchedItem item, Attribution a) {
    if (!a.attributed()) {
      return Optional.empty();
    }
    Optional<IndexedDocument> doc = index.document(a.documentId());
    if (doc.isEmpty() || Visibility.visible(scope, doc.get().scope())) {
      return Optional.empty();
    }
    return Optional.of(new ScopeLeak(queryId, scope, item, a.documentId(), doc.get().scope(), a));
  }
}
