package dev.synap.preflight.loader.catchup;

import dev.synap.preflight.loader.journal.DocumentFingerprint;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.plan.PlannedDoc;
import dev.synap.preflight.loader.plan.SourceDocument;
import dev.synap.preflight.loader.run.CatchUpHooks;
import dev.synap.preflight.loader.run.Retirer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A catch-up's choices: it sends a document of the new export when the chain holds no loaded
 * version of it (added) or one with another fingerprint (changed); it retires the documents the
 * chain holds and the new export lacks only when asked ({@code --delete-removed}), before sending;
 * and when the service refuses a changed document because its earlier version holds the id (the
 * conflict policy), it retires that version and sends the document again. Under an upsert policy
 * the service replaces the earlier version itself and nothing is deleted.
 */
public final class CatchUp implements CatchUpHooks {
  private final JournalChain chain;
  private final Retirer retirer;
  private final List<String> removed;

  /**
   * @param chain the journals the catch-up follows (not including its own)
   * @param retirer deletes through the catch-up's journal
   * @param removed the removed documents to retire up front (empty unless asked to delete them)
   */
  public CatchUp(JournalChain chain, Retirer retirer, List<String> removed) {
    this.chain = chain;
    this.retirer = retirer;
    this.removed = List.copyOf(removed);
  }

  @Override
  public boolean wanted(SourceDocument doc) {
    return sends(chain, doc);
  }

  /**
   * Whether a catch-up following {@code chain} sends {@code doc} (its id not null): the chain holds
   * no loaded version of it, or one with another fingerprint.
   */
  public static boolean sends(JournalChain chain, SourceDocument doc) {
    JournalChain.Prior p = chain.prior(doc.document().documentId());
    return p == null
        || !DocumentFingerprint.same(p.fingerprint(), DocumentFingerprint.of(doc.document()));
  }

  @Override
  public boolean heldByPrevious(String documentId) {
    return chain.prior(documentId) != null && !retirer.retired(documentId);
  }

  @Override
  public void beforeSend() throws Exception {
    retirer.journal(removed.stream().map(this::prior).toList(), JournalRecord.Retiring.REMOVED);
    retirer.finishPending();
  }

  @Override
  public List<PlannedDoc> replace(List<PlannedDoc> held) throws Exception {
    List<Retirer.Prior> priors =
        held.stream()
            .map(PlannedDoc::documentId)
            .filter(id -> chain.prior(id) != null)
            .map(this::prior)
            .toList();
    Set<String> free = new HashSet<>(retirer.retireNow(priors, JournalRecord.Retiring.REPLACED));
    return held.stream().filter(d -> free.contains(d.documentId())).toList();
  }

  /** Documents whose earlier version could not be retired, with the reason. */
  public Map<String, String> problems() {
    return retirer.problems();
  }

  private Retirer.Prior prior(String documentId) {
    JournalChain.Prior p = chain.prior(documentId);
    List<String> memories = p.doc().memoryIds();
    return new Retirer.Prior(documentId, memories, p.doc().ingestionId());
  }
}
