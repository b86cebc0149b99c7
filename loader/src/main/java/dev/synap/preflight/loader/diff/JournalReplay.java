package dev.synap.preflight.loader.diff;

import dev.synap.preflight.loader.journal.ItemResult;
import dev.synap.preflight.loader.journal.JournalRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One journal replayed for a diff: per document only whether the service holds it and the
 * fingerprint of its last send, by the same rules as the loader's {@code LoadState} (a differential
 * test holds the two to the same answers); plus the documents the journal retired and whether it
 * was rolled back.
 */
final class JournalReplay implements Consumer<JournalRecord> {
  private final DocTable docs = new DocTable();
  private final List<String> retired = new ArrayList<>();
  private boolean rolledBack;

  @Override
  public void accept(JournalRecord record) {
    if (record instanceof JournalRecord.RunStarted r) {
      rolledBack |= "rollback".equals(r.command());
    } else if (record instanceof JournalRecord.BatchSent b) {
      sent(b);
    } else if (record instanceof JournalRecord.BatchResult r) {
      for (ItemResult item : r.items()) {
        docs.phase(docs.add(item.documentId()), loaded(item.outcome()));
      }
    } else if (record instanceof JournalRecord.Polled p) {
      int e = docs.find(p.documentId());
      if (e >= 0 && docs.phase(e) != DocTable.ABSENT) {
        boolean ok = "completed".equals(p.status()) || "partial_success".equals(p.status());
        docs.phase(e, ok ? DocTable.LOADED : DocTable.NOT_LOADED);
      }
    } else if (record instanceof JournalRecord.Retiring r) {
      retired.add(r.documentId());
      if (JournalRecord.Retiring.REPLACED.equals(r.reason())) {
        int e = docs.find(r.documentId());
        if (e >= 0) {
          docs.phase(e, DocTable.ABSENT);
        }
      }
    }
  }

  private void sent(JournalRecord.BatchSent b) {
    List<String> fps = b.fingerprints();
    boolean withFingerprints = fps != null && fps.size() == b.ids().size();
    for (int i = 0; i < b.ids().size(); i++) {
      int e = docs.add(b.ids().get(i));
      if (withFingerprints) {
        docs.fingerprint(e, fps.get(i));
      }
      byte phase = docs.phase(e);
      if (phase == DocTable.ABSENT || phase == DocTable.IN_FLIGHT) {
        docs.phase(e, DocTable.IN_FLIGHT);
      }
    }
  }

  private static byte loaded(ItemResult.Outcome outcome) {
    return switch (outcome) {
      case ACCEPTED, LOADED_BY_CONFLICT -> DocTable.LOADED;
      case REJECTED, HELD_BY_PREVIOUS -> DocTable.NOT_LOADED;
    };
  }

  DocTable docs() {
    return docs;
  }

  /** Every document the journal retired (removed, or replaced before a re-send), in order. */
  List<String> retired() {
    return retired;
  }

  boolean rolledBack() {
    return rolledBack;
  }
}
