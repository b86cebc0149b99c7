package dev.synap.preflight.loader.run;

import dev.synap.preflight.loader.journal.DocPhase;
import dev.synap.preflight.loader.journal.DocumentFingerprint;
import dev.synap.preflight.loader.journal.ItemResult;
import dev.synap.preflight.loader.journal.Journal;
import dev.synap.preflight.loader.journal.JournalException;
import dev.synap.preflight.loader.journal.JournalRecord;
import dev.synap.preflight.loader.plan.PlannedDoc;
import dev.synap.preflight.rules.model.MemoryDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends one batch under the journal protocol: {@code sent} forced before the request, {@code
 * result} (or {@code batch-failed}) after it. A duplicate-id answer counts as loaded when the
 * document was in flight in the journal, or when the client re-sent the request within the call
 * (either way an earlier attempt of this load may have reached Synap); otherwise the id was in
 * Synap before this load and the document is rejected.
 */
final class BatchSender {
  private final Journal journal;
  private final IngestService service;
  private final AtomicLong batchNumbers;
  private final CatchUpHooks catchUp;

  BatchSender(Journal journal, IngestService service, CatchUpHooks catchUp) {
    this.journal = journal;
    this.service = service;
    this.catchUp = catchUp;
    this.batchNumbers = new AtomicLong(journal.state().lastBatch());
  }

  /**
   * One attempt at one batch.
   *
   * @return true when every document got an answer, false when the batch stays in flight
   * @throws IngestException a {@code FATAL} failure (the run stops)
   */
  boolean send(List<PlannedDoc> batch) throws JournalException, IngestException {
    long number = batchNumbers.incrementAndGet();
    List<String> ids = new ArrayList<>(batch.size());
    List<String> fingerprints = new ArrayList<>(batch.size());
    List<Boolean> uncertain = new ArrayList<>(batch.size());
    List<MemoryDocument> docs = new ArrayList<>(batch.size());
    for (PlannedDoc d : batch) {
      ids.add(d.documentId());
      fingerprints.add(DocumentFingerprint.of(d.source().document()));
      uncertain.add(journal.state().doc(d.documentId()).phase() == DocPhase.IN_FLIGHT);
      docs.add(d.source().document());
    }
    journal.append(new JournalRecord.BatchSent(number, ids, fingerprints));
    List<SendOutcome> outcomes;
    try {
      outcomes = service.send(docs);
    } catch (IngestException e) {
      return failed(number, batch, ids, e);
    }
    String misfit = misfit(ids, outcomes);
    if (misfit != null) {
      journal.append(new JournalRecord.BatchFailed(number, misfit));
      return false;
    }
    List<ItemResult> items = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      SendOutcome o = outcomes.get(i);
      items.add(
          o.kind() == SendOutcome.Kind.DUPLICATE && catchUp.heldByPrevious(id)
              ? new ItemResult(id, ItemResult.Outcome.HELD_BY_PREVIOUS, null, held(o))
              : withOrigin(item(id, uncertain.get(i), o), batch.get(i)));
    }
    journal.append(new JournalRecord.BatchResult(number, items));
    return true;
  }

  private static String held(SendOutcome o) {
    return "refused as a duplicate id: the version an earlier load sent holds it ("
        + o.error()
        + "); the catch-up retires that version and sends the document again, unless it"
        + " cannot name that version's memories (then listed as not retired)";
  }

  private static ItemResult withOrigin(ItemResult r, PlannedDoc doc) {
    return r.outcome() == ItemResult.Outcome.REJECTED
        ? new ItemResult(
            r.documentId(), r.outcome(), r.ingestionId(), r.error(), doc.source().origin())
        : r;
  }

  private boolean failed(long number, List<PlannedDoc> batch, List<String> ids, IngestException e)
      throws JournalException, IngestException {
    if (e.kind() == IngestException.Kind.REJECTED) {
      List<ItemResult> items = new ArrayList<>(ids.size());
      for (PlannedDoc d : batch) {
        items.add(
            new ItemResult(
                d.documentId(),
                ItemResult.Outcome.REJECTED,
                null,
                "batch refused: " + e.getMessage(),
                d.source().origin()));
      }
      journal.append(new JournalRecord.BatchResult(number, items));
      return true;
    }
    journal.append(new JournalRecord.BatchFailed(number, e.getMessage()));
    if (e.kind() == IngestException.Kind.TRANSIENT) {
      return false;
    }
    throw e;
  }

  private static String misfit(List<String> ids, List<SendOutcome> outcomes) {
    if (outcomes == null || outcomes.size() != ids.size()) {
      return "the service answered "
          + (outcomes == null ? 0 : outcomes.size())
          + " results for "
          + ids.size()
          + " documents";
    }
    for (int i = 0; i < ids.size(); i++) {
      String echoed = outcomes.get(i).documentId();
      if (echoed != null && !echoed.equals(ids.get(i))) {
        return "result " + i + " names document " + echoed + ", not " + ids.get(i);
      }
    }
    return null;
  }

  private static ItemResult item(String id, boolean uncertain, SendOutcome o) {
    return switch (o.kind()) {
      case ACCEPTED -> new ItemResult(id, ItemResult.Outcome.ACCEPTED, o.ingestionId(), null);
      case REJECTED -> new ItemResult(id, ItemResult.Outcome.REJECTED, null, o.error());
      case DUPLICATE ->
          uncertain || o.resent()
              ? new ItemResult(
                  id, ItemResult.Outcome.LOADED_BY_CONFLICT, o.ingestionId(), o.error())
              : new ItemResult(
                  id,
                  ItemResult.Outcome.REJECTED,
                  null,
                  "document_id already in Synap, not sent by this load: " + o.error());
    };
  }
}
